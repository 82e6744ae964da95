import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesContaining } from '../../db/test/temp-dir.ts';
import { keysPathFor } from '../../db/vault/keyslots.ts';
import { differences, dumpData, NEW_PASS, openLaptop, sharedLaptops } from '../test/sync-laptops.ts';

const invited = sharedLaptops('invite');

describe('joining a shared programme with an invitation', { timeout: 120_000 }, () => {
  it('the newcomer gets the programme, its own laptop id and passphrase; after changes on both, push and pull converge', async () => {
    const { a, b, folder } = await invited();
    const before = await a.call('sync.status', {});
    const joined = await b.call('sync.status', {});
    expect(joined.shared).toBe(true);
    expect(joined.laptopId).not.toBe(before.laptopId);
    expect(joined.conflicts).toEqual([]);
    expect(differences(dumpData(b.sqlite()), dumpData(a.sqlite())).filter((line) => !line.startsWith('audit_log'))).toEqual([]);
    // The files are the newcomer's alone (0600), and the newcomer's passphrase opens theirs.
    if (process.platform !== 'win32') for (const file of [b.path, keysPathFor(b.path)]) expect(statSync(file).mode & 0o077).toBe(0);
    await b.call('vault.lock', {});
    expect(await b.call('vault.unlock', { path: b.path, passphrase: NEW_PASS })).toMatchObject({ staffName: 'Nora Nykommer' });

    const fromA = await a.call('people.create', { firstName: 'Amina', lastName: 'Fra A', registeredOn: '2026-02-01' });
    const fromB = await b.call('people.create', { firstName: 'Bashir', lastName: 'Fra B', registeredOn: '2026-02-02' });
    const someone = (await a.call('people.list', {}))[0]!;
    await b.call('people.update', { id: someone.id, changes: { notes: 'Nora ringte' } });
    await a.call('sync.push', { folder });
    await b.call('sync.push', { folder });
    // B's first pull applies only what A wrote after the invitation, not A's first file (the snapshot holds it).
    expect((await b.call('sync.pull', { folder })).applied).toBe(1);
    await a.call('sync.pull', { folder });
    await b.call('sync.push', { folder });
    await a.call('sync.pull', { folder });
    expect(differences(dumpData(a.sqlite()), dumpData(b.sqlite()))).toEqual([]);
    for (const laptop of [a, b]) {
      const ids = (await laptop.call('people.list', {})).map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([fromA.id, fromB.id]));
    }
    expect(a.sqlite().prepare('select notes from participants where id = ?').pluck().get(someone.id)).toBe('Nora ringte');
  });

  it('a wrong invitation code is refused and nothing is written', async () => {
    const { a, dir } = await invited();
    const out = join(dir, 'Ny.kobleinvite');
    const invitation = (await a.call('sync.invite', { staffName: 'Petter Prøve', out }))!;
    const c = await openLaptop(dir, join(dir, 'c', 'Skien.koble'));
    const wrong = invitation.code.startsWith('A') ? `B${invitation.code.slice(1)}` : `A${invitation.code.slice(1)}`;
    const reply = await c.api.call('sync.join', { invitation: out, path: c.path, code: wrong, passphrase: NEW_PASS });
    expect(reply).toMatchObject({ ok: false, error: { code: 'SYNC_WRONG_INVITATION_CODE' } });
    expect(existsSync(join(dir, 'c'))).toBe(false);
    expect(c.session.unlocked).toBe(false);
    // The code as read out loud: lower case, spaces for dashes.
    await c.call('sync.join', { invitation: out, path: c.path, code: invitation.code.toLowerCase().replaceAll('-', ' '), passphrase: NEW_PASS });
    c.session.lock();
  });

  it('the invitation file holds no names in plain text', async () => {
    const { a, dir } = await invited();
    const people = await a.call('people.list', {});
    const out = join(dir, 'invitasjon', 'Til Petter.kobleinvite');
    await a.call('sync.invite', { staffName: 'Petter Prøvesen', out });
    expect(readFileSync(out).length).toBeGreaterThan(10_000);
    const names = [...people.slice(0, 20).flatMap((p) => [p.firstName, p.lastName]).filter((n) => n.length >= 4), 'Kari Koordinator', 'Petter Prøvesen', 'Nora Nykommer'];
    expect(filesContaining(join(dir, 'invitasjon'), names)).toEqual([]);
  });
});
