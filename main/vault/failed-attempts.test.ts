import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { snapshotFiles, tempDir } from '../../db/test/temp-dir.ts';
import { createVault } from '../../db/vault/vault.ts';
import { createApi } from '../api/index.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';

const PASS = 'blåbærsyltetøy på fjellet';
let cleanup = () => {};
afterEach(() => cleanup());

/** A new API and session on the same config folder: what a second run of the CLI is. */
function newProcess(dir: string, waited: number[]) {
  return createApi(fakeHost(dir, { trustsPaths: true }), new Session({ sleep: async (ms) => void waited.push(ms) }));
}

it('keeps the growing wrong-passphrase delay across processes, in the config folder, leaving the programme files byte-identical', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'files', 'Programme.koble');
  (await createVault({ path, staffName: 'Kari', passphrase: PASS })).vault.close();
  const before = snapshotFiles(join(temp.dir, 'files'));
  const waited: number[] = [];
  // Five CLI runs, one wrong guess each.
  for (let run = 0; run < 5; run++) {
    expect(await newProcess(temp.dir, waited).call('vault.unlock', { path, passphrase: 'feil passordfrase' })).toMatchObject({ ok: false, error: { code: 'VAULT_WRONG_PASSPHRASE' } });
  }
  expect(waited).toEqual([1000, 2000]);
  expect(snapshotFiles(join(temp.dir, 'files'))).toEqual(before);
  expect(readdirSync(join(temp.dir, 'appdata'))).toContain('unlock-attempts.json');
  // The right passphrase still waits its turn, then the count starts again.
  const api = newProcess(temp.dir, waited);
  expect(await api.call('vault.unlock', { path, passphrase: PASS })).toMatchObject({ ok: true });
  expect(waited).toEqual([1000, 2000, 4000]);
  await api.call('vault.lock', {});
  expect(await newProcess(temp.dir, waited).call('vault.unlock', { path, passphrase: 'feil' })).toMatchObject({ ok: false });
  expect(waited).toEqual([1000, 2000, 4000]);
});
