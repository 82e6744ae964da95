import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir, snapshotFiles } from '../../db/test/temp-dir.ts';
import { fakeHost } from '../test/test-host.ts';
import { Session } from '../session/session.ts';
import { createApi, handlers } from './index.ts';
import { isMethodShaped } from './methods.ts';
import { recentAudit } from '../audit/audit-log.ts';

const PASS = 'blåbærsyltetøy på fjellet';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function setup(options: { trustsPaths?: boolean } = {}) {
  const { dir, cleanup } = tempDir();
  const slept: number[] = [];
  const session = new Session({ sleep: async (ms) => void slept.push(ms) });
  const api = createApi(fakeHost(dir, options), session);
  cleanups.push(() => session.lock(), cleanup);
  return { dir, api, session, slept };
}

describe('the API envelope', () => {
  it('answers an unknown method with an error reply, not a crash', async () => {
    const { api } = setup();
    expect(await api.call('people.dropAll', {})).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
    expect(await api.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
    expect(await api.call('toString', {})).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
  });

  it('validates input with zod and names the bad field', async () => {
    const { api } = setup();
    const reply = await api.call('settings.update', { autoLockMinutes: 'ten' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT', details: [{ path: 'autoLockMinutes' }] } });
  });

  it('refuses data calls while locked with VAULT_LOCKED', async () => {
    const { api } = setup();
    expect(await api.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await api.call('overview.summary', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('reaches every handler, and every handler name passes the preload shape check', async () => {
    const { api } = setup();
    const names = Object.keys(handlers);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      expect(isMethodShaped(name), name).toBe(true);
      const reply = await api.call(name, { __probe: true });
      expect(reply.ok || reply.error.code !== 'API_UNKNOWN_METHOD').toBe(true);
    }
  });

  it.each(['vault.dropEverything', 'app.toString', 'app.constructor', 'app.hasOwnProperty', 'constructor', '__proto__', 'toString'])('refuses %s, a name without a handler, with API_UNKNOWN_METHOD', async (name) => {
    const { api } = setup();
    expect(await api.call(name, {})).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
  });
});

describe('programme files through the API', () => {
  it('accepts only file paths the user chose in a dialog', async () => {
    const { api, dir } = setup();
    const sneaky = await api.call('vault.create', { path: join(dir, 'sneaky.koble'), staffName: 'Kari', passphrase: PASS });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    const chosen = await api.call('vault.chooseNewFile', { suggestedName: 'Skien.koble' });
    expect(chosen).toMatchObject({ ok: true, value: { name: 'Skien.koble' } });
    const created = await api.call('vault.create', { path: join(dir, 'Skien.koble'), staffName: 'Kari', passphrase: PASS });
    expect(created).toMatchObject({ ok: true, value: { staffName: 'Kari', fileName: 'Skien.koble' } });
  });

  it('does not let the open programme file be used as the target of a report or an event kit', async () => {
    const { api, dir } = setup();
    await api.call('vault.chooseNewFile', { suggestedName: 'Skien.koble' });
    const path = join(dir, 'Skien.koble');
    expect(await api.call('vault.create', { path, staffName: 'Kari', passphrase: PASS })).toMatchObject({ ok: true });
    const before = snapshotFiles(dir).get(path);
    const grant = await api.call('grants.create', { funder: 'imdi', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    if (!grant.ok) throw new Error(grant.error.code);
    const report = await api.call('reports.startFunder', { grantId: (grant.value as { id: string }).id, from: '2026-01-01', to: '2026-12-31', suppressSmall: false, path });
    expect(report).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    const event = await api.call('events.create', { kind: 'kurs', title: 'CV-kurs', startsAt: '2026-05-04T16:00:00.000Z' });
    if (!event.ok) throw new Error(event.error.code);
    const kit = await api.call('kit.export', { eventId: (event.value as { id: string }).id, path, passphrase: 'sju grønne epler i kurven' });
    expect(kit).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    expect(snapshotFiles(dir).get(path)).toEqual(before);
  });

  it('refuses a weak passphrase with the reasons as translation keys, and creates nothing', async () => {
    const { api, dir } = setup({ trustsPaths: true });
    const short = await api.call('vault.create', { path: join(dir, 'a.koble'), staffName: 'Kari', passphrase: 'kort' });
    expect(short).toMatchObject({ ok: false, error: { code: 'VAULT_WEAK_PASSPHRASE', details: { tooShort: true } } });
    const common = await api.call('vault.create', { path: join(dir, 'a.koble'), staffName: 'Kari', passphrase: 'passord12345' });
    expect(common).toMatchObject({ ok: false, error: { code: 'VAULT_WEAK_PASSPHRASE', details: { tooShort: false } } });
    expect(snapshotFiles(dir).size).toBe(0);
  });

  it('locks, refuses a wrong passphrase with a growing delay, and unlocks as the right staff member', async () => {
    const { api, dir, slept } = setup({ trustsPaths: true });
    const path = join(dir, 'p.koble');
    await api.call('vault.create', { path, staffName: 'Kari', passphrase: PASS });
    await api.call('vault.lock', {});
    expect(await api.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked', file: { name: 'p.koble' } } });
    for (let i = 0; i < 5; i++) {
      expect(await api.call('vault.unlock', { path, passphrase: `feil nummer ${i} her` })).toMatchObject({ ok: false, error: { code: 'VAULT_WRONG_PASSPHRASE' } });
    }
    expect(slept).toEqual([1000, 2000]);
    expect(await api.call('vault.unlock', { path, passphrase: PASS })).toMatchObject({ ok: true, value: { staffName: 'Kari' } });
    expect(slept).toEqual([1000, 2000, 4000]);
    expect(await api.call('staff.list', {})).toMatchObject({ ok: true, value: [{ name: 'Kari', isMe: true, hasPassphrase: true }] });
  });

  it('makes parallel wrong guesses wait in turn: five at once cost the same delays as five in a row', async () => {
    const { api, dir, slept } = setup({ trustsPaths: true });
    const path = join(dir, 'p.koble');
    await api.call('vault.create', { path, staffName: 'Kari', passphrase: PASS });
    await api.call('vault.lock', {});
    const guesses = await Promise.all([0, 1, 2, 3, 4].map((i) => api.call('vault.unlock', { path, passphrase: `feil nummer ${i} her` })));
    expect(guesses.every((reply) => !reply.ok && reply.error.code === 'VAULT_WRONG_PASSPHRASE')).toBe(true);
    expect(slept).toEqual([1000, 2000]);
  });

  it('adds a staff member who can then unlock, and refuses to remove the last passphrase', async () => {
    const { api, dir, session } = setup({ trustsPaths: true });
    const path = join(dir, 'p.koble');
    await api.call('vault.create', { path, staffName: 'Kari', passphrase: PASS });
    const added = await api.call('staff.add', { name: 'Ahmad', passphrase: 'sju grønne epler i kurven' });
    expect(added.ok).toBe(true);
    await api.call('vault.lock', {});
    expect(await api.call('vault.unlock', { path, passphrase: 'sju grønne epler i kurven' })).toMatchObject({ ok: true, value: { staffName: 'Ahmad' } });
    const list = await api.call('staff.list', {});
    if (!list.ok) throw new Error('list failed');
    const kari = (list.value as { id: string; name: string }[]).find((s) => s.name === 'Kari')!;
    expect((await api.call('staff.remove', { staffId: kari.id })).ok).toBe(true);
    const ahmad = (list.value as { id: string; name: string }[]).find((s) => s.name === 'Ahmad')!;
    expect(await api.call('staff.remove', { staffId: ahmad.id })).toMatchObject({ ok: false, error: { code: 'VAULT_LAST_SLOT' } });

    const audit = recentAudit(session.requireVault().db).map((e) => `${e.action}:${e.entity}`);
    expect(audit).toEqual(expect.arrayContaining(['create:programme', 'create:staff', 'unlock:programme', 'passphrase_removed:staff']));
    expect(JSON.stringify(recentAudit(session.requireVault().db))).not.toMatch(/Ahmad|Kari/);
  });

  it('auto-locks after the idle minutes set in Innstillinger', async () => {
    const { dir } = setup();
    let now = 1_000_000;
    const session = new Session({ now: () => now });
    const api = createApi(fakeHost(dir, { trustsPaths: true }), session);
    cleanups.push(() => session.lock());
    await api.call('vault.create', { path: join(dir, 'p.koble'), staffName: 'Kari', passphrase: PASS });
    expect(await api.call('settings.update', { autoLockMinutes: 2 })).toMatchObject({ ok: true, value: { autoLockMinutes: 2 } });
    now += 90_000;
    expect(session.autoLock.check()).toBe(false);
    await api.call('vault.status', {}); // polling is not activity
    now += 31_000;
    expect(session.autoLock.check()).toBe(true);
    expect(await api.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});
