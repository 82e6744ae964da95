import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { eventGuests, participants } from '../../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import { createApi } from '../api/index.ts';
import { addParticipants, errorCode, KIT_PASS } from '../test/event-fixtures.ts';
import { testProgramme } from '../test/programme.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';
import { kitKey } from './kit-file.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => t.close());

/** A second laptop: its own session with no programme, driving the same API. */
function secondLaptop() {
  const api = createApi(fakeHost(t.dir, { trustsPaths: true }), new Session({ sleep: async () => undefined }));
  return async (name: string, input: unknown) => {
    const reply = await api.call(name, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.code), { reply: reply.error });
    return reply.value as never;
  };
}

async function exportedKit() {
  const ids = addParticipants(t.db(), [
    { firstName: 'Bjørn', lastName: 'Hansen', email: 'bjorn.hansen@example.no', phone: '+47 912 34 567', birthYear: 1987, municipalityNumber: '4003' },
    { firstName: 'Bjørn', lastName: 'Hansen', email: 'bh@example.no', phone: '41112223', birthYear: 1975 },
    { firstName: 'Fatima', lastName: 'Ali', email: 'fatima.ali@example.no', phone: '99887766', birthYear: 1990 },
  ]);
  const event = await t.call('events.create', { kind: 'konferanse', title: 'Hemmelig årskonferanse', startsAt: '2026-09-01T07:00:00Z', place: 'Ibsenhuset' });
  await t.call('events.invite', { eventId: event.id, people: ids.map((id) => ({ kind: 'participant' as const, id })) });
  const path = join(t.dir, 'konferanse.koblekit');
  expect(await t.call('kit.export', { eventId: event.id, path, passphrase: KIT_PASS })).toEqual({ path, people: 3 });
  return { ids, event, path };
}

it('the kit file holds no plaintext and nothing beyond the roster’s check-in fields', async () => {
  const { path } = await exportedKit();
  const bytes = readFileSync(path);
  for (const secret of ['Bjørn', 'Hansen', 'Fatima', 'bjorn.hansen@example.no', 'example.no', '91234567', '912 34 567', '99887766', 'Hemmelig', 'Ibsenhuset', '1987', 'roster']) {
    expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
  }
  // Open it with the kit passphrase and list every table and column.
  const salt = bytes.subarray(0, 16);
  const key = await kitKey(KIT_PASS, salt);
  const db = new Database(path, { readonly: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}${salt.toString('hex')}'"`);
  const tables = (db.prepare(`select name from sqlite_master where type = 'table' order by name`).all() as { name: string }[]).map((r) => r.name);
  const columns = Object.fromEntries(tables.map((name) => [name, (db.prepare(`pragma table_info(${name})`).all() as { name: string }[]).map((c) => c.name)]));
  expect(columns).toEqual({
    kit: ['id', 'format', 'programme_id', 'event_id', 'title', 'starts_at', 'ends_at', 'place', 'exported_at'],
    roster: ['attendance_id', 'person_kind', 'first_name', 'last_name', 'hint', 'status', 'checked_in_at', 'check_in_id'],
    walk_ins: ['id', 'first_name', 'last_name', 'email', 'phone', 'role', 'consent_version', 'consent_at', 'checked_in_at'],
  });
  const rows = db.prepare('select first_name, last_name, hint, status from roster order by hint').all();
  db.close();
  // Same names get a hint; a unique name carries nothing beyond the name.
  expect(rows).toEqual([
    { first_name: 'Fatima', last_name: 'Ali', hint: null, status: 'registered' },
    { first_name: 'Bjørn', last_name: 'Hansen', hint: 'f. 1975', status: 'registered' },
    { first_name: 'Bjørn', last_name: 'Hansen', hint: 'f. 1987 · Skien', status: 'registered' },
  ]);
});

it('refuses a weak kit passphrase at export and a wrong one at open and import', async () => {
  const { path, event } = await exportedKit();
  expect(await errorCode(t.call('kit.export', { eventId: event.id, path: join(t.dir, 'svak.koblekit'), passphrase: 'kort' }))).toBe('VAULT_WEAK_PASSPHRASE');
  const laptop = secondLaptop();
  expect(await errorCode(laptop('kit.open', { path, passphrase: 'feil passordfrase helt' }))).toBe('VAULT_WRONG_PASSPHRASE');
  expect(await errorCode(t.call('kit.import', { path, passphrase: 'feil passordfrase helt' }))).toBe('VAULT_WRONG_PASSPHRASE');
  expect(await laptop('kiosk.status', {})).toEqual({ mode: 'none' });
});

it('kit mode on a second laptop: check-ins and walk-ins go into the kit; import merges, twice changes nothing', async () => {
  const { path, event, ids } = await exportedKit();
  const laptop = secondLaptop();
  expect(await laptop('kit.open', { path, passphrase: KIT_PASS })).toEqual({ eventId: event.id, title: 'Hemmelig årskonferanse', startsAt: '2026-09-01T07:00:00.000Z' });
  expect(await errorCode(laptop('events.list', {}))).toBe('KIOSK_ACTIVE');
  expect(await laptop('kiosk.status', {})).toMatchObject({ mode: 'kit', counts: { total: 3 } });
  const hits = (await laptop('kiosk.search', { query: 'bjorn' })) as { attendanceId: string; hint: string }[];
  expect(hits.map((h) => h.hint).sort()).toEqual(['f. 1975', 'f. 1987 · Skien']);
  const fatima = ((await laptop('kiosk.search', { query: 'fati' })) as { attendanceId: string }[])[0]!;
  expect(await laptop('kiosk.checkIn', { attendanceId: fatima.attendanceId })).toMatchObject({ result: 'checked_in' });
  expect(await laptop('kiosk.checkIn', { attendanceId: fatima.attendanceId })).toMatchObject({ result: 'already' });
  await laptop('kiosk.walkIn', { firstName: 'Ny', lastName: 'Gjest', phone: '40001000', role: 'guest', consent: true });
  await laptop('kiosk.walkIn', { firstName: 'Bjorn', lastName: 'Hansen', email: 'BH@example.no', role: 'participant', consent: true });
  expect(await errorCode(laptop('kiosk.leave', { passphrase: 'feil passordfrase helt' }))).toBe('VAULT_WRONG_PASSPHRASE');
  await laptop('kiosk.leave', { passphrase: KIT_PASS });

  const first = await t.call('kit.import', { path, passphrase: KIT_PASS });
  expect(first).toEqual({ checkIns: 1, walkIns: 2, matched: 1, unchanged: 0, conflicts: [] });
  const roster = await t.call('events.roster', { eventId: event.id });
  expect(roster.filter((r) => r.status === 'attended').map((r) => `${r.firstName} ${r.lastName}`).sort()).toEqual(['Bjørn Hansen', 'Fatima Ali', 'Ny Gjest']);
  expect(roster.find((r) => r.personId === ids[1])).toMatchObject({ status: 'attended' });
  expect(t.db().select().from(eventGuests).where(eq(eventGuests.firstName, 'Ny')).get()).toMatchObject({ phone: '40001000' });
  const second = await t.call('kit.import', { path, passphrase: KIT_PASS });
  expect(second).toEqual({ checkIns: 0, walkIns: 0, matched: 0, unchanged: 3, conflicts: [] });
  expect(await t.call('events.roster', { eventId: event.id })).toEqual(roster);
});

it('conflicts wait for a decision: cancelled meanwhile, erased since, a walk-in matching two people; resolve applies them once', async () => {
  const { path, event, ids } = await exportedKit();
  addParticipants(t.db(), [{ firstName: 'Delt', lastName: 'Telefon', phone: '47474747' }]);
  addParticipants(t.db(), [{ firstName: 'Delt', lastName: 'Telefon', phone: '+47 47 47 47 47' }]);
  const laptop = secondLaptop();
  await laptop('kit.open', { path, passphrase: KIT_PASS });
  const roster = await t.call('events.roster', { eventId: event.id });
  for (const r of roster) await laptop('kiosk.checkIn', { attendanceId: r.attendanceId });
  await laptop('kiosk.walkIn', { firstName: 'Delt', lastName: 'Telefon', phone: '47474747', role: 'guest', consent: true });
  await laptop('kiosk.leave', { passphrase: KIT_PASS });

  const fatima = roster.find((r) => r.firstName === 'Fatima')!;
  await t.call('events.setStatus', { eventId: event.id, attendanceIds: [fatima.attendanceId], status: 'cancelled' });
  await t.call('privacy.erase', { personId: ids[1]!, confirmName: 'Bjørn Hansen' });

  const result = await t.call('kit.import', { path, passphrase: KIT_PASS });
  expect(result.checkIns).toBe(1);
  expect(result.conflicts.map((c) => c.kind).sort()).toEqual(['cancelled_in_programme', 'person_erased', 'walk_in_ambiguous']);
  const ambiguous = result.conflicts.find((c) => c.kind === 'walk_in_ambiguous')!;
  expect(ambiguous.choices.map((c) => c.choice.split(':')[0])).toEqual(['person', 'person', 'new', 'skip']);
  expect(ambiguous.detail).toEqual({ key: 'eventKit.conflict.walkInAmbiguous', params: { count: 2 } });
  // Undecided conflicts come back unchanged on a second import.
  expect((await t.call('kit.import', { path, passphrase: KIT_PASS })).conflicts).toHaveLength(3);

  const cancelled = result.conflicts.find((c) => c.kind === 'cancelled_in_programme')!;
  const erased = result.conflicts.find((c) => c.kind === 'person_erased')!;
  expect(await errorCode(t.call('kit.resolve', { path, passphrase: KIT_PASS, decisions: [{ conflictId: cancelled.conflictId, choice: 'nonsense' }] }))).toBe('KIT_BAD_DECISION');
  const resolved = await t.call('kit.resolve', {
    path,
    passphrase: KIT_PASS,
    decisions: [
      { conflictId: cancelled.conflictId, choice: 'keep' },
      { conflictId: erased.conflictId, choice: 'count' },
      { conflictId: ambiguous.conflictId, choice: ambiguous.choices[0]!.choice },
    ],
  });
  expect(resolved).toMatchObject({ checkIns: 1, walkIns: 1, matched: 1, conflicts: [] });
  expect((await t.call('events.get', { eventId: event.id })).counts).toMatchObject({ attended: 3, cancelled: 1 });
  expect(await t.call('kit.import', { path, passphrase: KIT_PASS })).toMatchObject({ checkIns: 0, walkIns: 0, conflicts: [] });
  void participants;
});

it('a kit from another programme is refused', async () => {
  const { path } = await exportedKit();
  const other = await testProgramme();
  try {
    await other.call('events.create', { kind: 'kurs', title: 'Annet', startsAt: '2026-09-01T07:00:00Z' });
    expect(await errorCode(other.call('kit.import', { path, passphrase: KIT_PASS }))).toBe('KIT_OTHER_PROGRAMME');
  } finally {
    other.close();
  }
});
