import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApi } from '../api/index.ts';
import { addParticipants, errorCode, KIT_PASS } from '../test/event-fixtures.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { testProgramme } from '../test/programme.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';
import { openKitFile, type KitDatabase } from './kit-file.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
let kitPath: string;
let eventId: string;

beforeAll(async () => {
  t = await testProgramme();
  const ids = addParticipants(t.db(), [{ firstName: 'Fatima', lastName: 'Ali' }, { firstName: 'Bjørn', lastName: 'Hansen' }]);
  const event = await t.call('events.create', { kind: 'kurs', title: 'Kurs', startsAt: '2026-03-01T17:00:00Z' });
  eventId = event.id;
  await t.call('events.invite', { eventId, people: ids.map((id) => ({ kind: 'participant' as const, id: id! })) });
  kitPath = join(t.dir, 'kurs.koblekit');
  await t.call('kit.export', { eventId, path: kitPath, passphrase: KIT_PASS });
}, 60_000);
afterAll(() => t.close());

/** A copy of the kit, changed by someone who knows its passphrase through the kit's own open function. */
async function tampered(name: string, change: (db: KitDatabase) => void): Promise<string> {
  const path = join(t.dir, `${name}.koblekit`);
  copyFileSync(kitPath, path);
  const kit = await openKitFile(path, KIT_PASS);
  try {
    change(kit.db);
  } finally {
    kit.close();
  }
  return path;
}

const walkIn = (db: KitDatabase, values: Partial<Record<'first_name' | 'last_name' | 'email' | 'phone' | 'role' | 'consent_at' | 'checked_in_at', string>>) => {
  const row = { id: crypto.randomUUID(), first_name: 'Ny', last_name: 'Gjest', email: null, phone: '40000001', role: 'guest', consent_version: 'kiosk-2026-01', consent_at: '2026-03-01T17:05:00.000Z', checked_in_at: '2026-03-01T17:05:00.000Z', ...values };
  db.prepare('insert into walk_ins (id, first_name, last_name, email, phone, role, consent_version, consent_at, checked_in_at) values (@id, @first_name, @last_name, @email, @phone, @role, @consent_version, @consent_at, @checked_in_at)').run(row);
};

function programmeState(): string {
  const db = t.db();
  return JSON.stringify([
    prepared(db, 'select status, checked_in_at from attendance where event_id = ? order by id').all(eventId),
    prepared(db, 'select count(*) from event_guests').get(),
    prepared(db, 'select count(*) from consents').get(),
  ]);
}

const TAMPERS: [string, (db: KitDatabase) => void][] = [
  ['a check-in time that is not a time', (db) => db.prepare(`update roster set status = 'attended', checked_in_at = 'x', check_in_id = 'c1'`).run()],
  ['an impossible date on a walk-in', (db) => walkIn(db, { consent_at: '2026-13-45T99:00:00Z' })],
  ['a 5,000-character name', (db) => walkIn(db, { first_name: 'A'.repeat(5000) })],
  ['a malformed e-mail and phone', (db) => walkIn(db, { email: 'not an address', phone: 'call me maybe' })],
  ['an unknown role', (db) => walkIn(db, { role: 'admin' })],
  ['an unknown roster status', (db) => db.prepare(`update roster set status = 'vip'`).run()],
  ['an event start that is no time', (db) => db.prepare(`update kit set starts_at = 'soon'`).run()],
  ['a 5,000-character event title', (db) => db.prepare(`update kit set title = ?`).run('T'.repeat(5000))],
  [
    'more walk-ins than any event has (5,001)',
    (db) =>
      db.transaction(() => {
        for (let i = 0; i < 5001; i++) walkIn(db, { phone: `4${String(i).padStart(7, '0')}` });
      })(),
  ],
];

it.each(TAMPERS)('a kit with %s is refused whole (import and kit mode): KIT_UNREADABLE, nothing merged', async (name, change) => {
  const path = await tampered(name.replace(/\W+/g, '-'), change);
  const before = programmeState();
  expect(await errorCode(t.call('kit.import', { path, passphrase: KIT_PASS }))).toBe('KIT_UNREADABLE');
  expect(programmeState()).toBe(before);
  const laptop = createApi(fakeHost(t.dir, { trustsPaths: true }), new Session({ sleep: async () => undefined }));
  const reply = await laptop.call('kit.open', { path, passphrase: KIT_PASS });
  expect(reply.ok ? 'opened' : reply.error.code).toBe('KIT_UNREADABLE');
  expect(await laptop.call('kiosk.status', {})).toMatchObject({ ok: true, value: { mode: 'none' } });
});

it('the untouched kit still imports', async () => {
  expect(await t.call('kit.import', { path: kitPath, passphrase: KIT_PASS })).toMatchObject({ checkIns: 0, walkIns: 0, conflicts: [] });
});
