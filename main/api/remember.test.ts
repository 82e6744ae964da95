import { afterEach, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../db/test/temp-dir.ts';
import { fakeHost } from '../test/test-host.ts';
import { fakeKeychain } from '../test/fake-keychain.ts';
import { Session } from '../session/session.ts';
import { createApi } from './index.ts';

const PASS = 'blåbærsyltetøy på fjellet';
let cleanup = () => {};
afterEach(() => cleanup());

function setup(keychain = fakeKeychain()) {
  const temp = tempDir();
  const session = new Session();
  cleanup = () => {
    session.lock();
    temp.cleanup();
  };
  const api = createApi({ ...fakeHost(temp.dir, { trustsPaths: true }), keychain }, session);
  return { api, path: join(temp.dir, 'p.koble'), keychain };
}

it('is off by default; once turned on, the programme unlocks on this computer without the passphrase', async () => {
  const { api, path, keychain } = setup();
  await api.call('vault.create', { path, staffName: 'Kari', passphrase: PASS });
  expect(await api.call('vault.rememberStatus', {})).toMatchObject({ ok: true, value: { available: true, remembered: false } });
  await api.call('vault.lock', {});
  expect(await api.call('vault.unlockRemembered', { path })).toMatchObject({ ok: false, error: { code: 'VAULT_NOT_REMEMBERED' } });

  await api.call('vault.unlock', { path, passphrase: PASS });
  expect(await api.call('vault.remember', { remember: true })).toMatchObject({ ok: true });
  expect(keychain.saved.size).toBe(1);
  await api.call('vault.lock', {});
  expect(await api.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked', file: { remembered: true } } });
  expect(await api.call('vault.unlockRemembered', { path })).toMatchObject({ ok: true, value: { fileName: 'p.koble' } });
  expect(await api.call('overview.summary', {})).toMatchObject({ ok: true });

  expect(await api.call('vault.remember', { remember: false })).toMatchObject({ ok: true });
  expect(keychain.saved.size).toBe(0);
});

it('says KEYCHAIN_UNAVAILABLE where the computer has no usable keychain', async () => {
  const { api, path } = setup(fakeKeychain({ available: false }));
  await api.call('vault.create', { path, staffName: 'Kari', passphrase: PASS });
  expect(await api.call('vault.rememberStatus', {})).toMatchObject({ ok: true, value: { available: false } });
  expect(await api.call('vault.remember', { remember: true })).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } });
});
