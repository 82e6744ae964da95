import { eq } from 'drizzle-orm';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { attendance, auditLog, consents, eventGuests, participants } from '../../db/schema/index.ts';
import { createApi } from '../api/index.ts';
import { openKitFile } from '../event-kit/kit-file.ts';
import { addParticipants, KIT_PASS } from '../test/event-fixtures.ts';
import { TEST_PASSPHRASE, testProgramme } from '../test/programme.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => t.close());

/** Leaves the kiosk, locks the file and opens it again: what the tests read is what is on disk. */
async function leaveAndReopen() {
  await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE });
  await t.call('vault.lock', {});
  await t.call('vault.unlock', { path: t.path, passphrase: TEST_PASSPHRASE });
}

async function eventWithRoster() {
  const [onRoster, cancelled, outside] = addParticipants(t.db(), [
    { firstName: 'Fatima', lastName: 'Ali', email: 'fatima@example.no' },
    { firstName: 'Kari', lastName: 'Avmeldt', phone: '41234567' },
    { firstName: 'Amir', lastName: 'Haddad', email: 'amir@example.no' },
  ]);
  const event = await t.call('events.create', { kind: 'nettverkstreff', title: 'Nettverkstreff', startsAt: '2026-04-10T16:00:00Z' });
  await t.call('events.invite', { eventId: event.id, people: [onRoster!, cancelled!].map((id) => ({ kind: 'participant' as const, id })) });
  const roster = await t.call('events.roster', { eventId: event.id });
  const karisRow = roster.find((r) => r.personId === cancelled)!;
  await t.call('events.setStatus', { eventId: event.id, attendanceIds: [karisRow.attendanceId], status: 'cancelled' });
  return { event, onRoster: onRoster!, cancelled: cancelled!, outside: outside!, roster: await t.call('events.roster', { eventId: event.id }) };
}

const guestsNamed = (firstName: string) => t.db().select().from(eventGuests).where(eq(eventGuests.firstName, firstName)).all();

it('undoing a new walk-in removes the check-in, the guest created at the door and the consent it recorded', async () => {
  const { event, roster } = await eventWithRoster();
  await t.call('kiosk.enter', { eventId: event.id });
  const hit = await t.call('kiosk.walkIn', { firstName: 'Nina', lastName: 'Ny', phone: '40000001', role: 'mentor', consent: true });
  expect(guestsNamed('Nina')).toHaveLength(1);
  expect(await t.call('kiosk.undo', { attendanceId: hit.attendanceId })).toBeNull();
  expect(await t.call('kiosk.search', { query: 'nina' })).toEqual([]);
  expect((await t.call('kiosk.status', {})).counts).toMatchObject({ attended: 0, total: 2 });
  // Once undone there is nothing to undo again, and a check-in of the removed row is refused.
  expect(await t.call('kiosk.undo', { attendanceId: hit.attendanceId }).catch((e: { reply: { code: string } }) => e.reply.code)).toBe('API_NOT_FOUND');
  expect(await t.call('kiosk.checkIn', { attendanceId: hit.attendanceId }).catch((e: { reply: { code: string } }) => e.reply.code)).toBe('API_NOT_FOUND');
  await leaveAndReopen();
  expect(await t.call('events.roster', { eventId: event.id })).toEqual(roster);
  expect(guestsNamed('Nina')).toEqual([]);
  expect(t.db().select().from(consents).all()).toEqual([]);
  const undone = t.db().select().from(auditLog).all().filter((a) => (a.details as { via?: string } | null)?.via === 'kiosk_undo');
  expect(undone.map((a) => `${a.action} ${a.entity}`).sort()).toEqual(['delete attendance', 'delete consents', 'delete event_guests']);
});

it('a walk-in matched to a person not on the roster: undo takes them off the roster again, the person and their other consents stay', async () => {
  const { event, outside, roster } = await eventWithRoster();
  t.db().insert(consents).values({ participantId: outside, purpose: 'storage', textVersion: '2025-01', method: 'paper', givenOn: '2026-01-05' }).run();
  await t.call('kiosk.enter', { eventId: event.id });
  const hit = await t.call('kiosk.walkIn', { firstName: 'Amir', lastName: 'Haddad', email: 'AMIR@example.no', role: 'participant', consent: true });
  expect(hit).toMatchObject({ personKind: 'participant', status: 'attended' });
  expect(await t.call('kiosk.undo', { attendanceId: hit.attendanceId })).toBeNull();
  expect(await t.call('kiosk.search', { query: 'amir' })).toEqual([]);
  await leaveAndReopen();
  expect(await t.call('events.roster', { eventId: event.id })).toEqual(roster);
  expect(t.db().select({ id: participants.id }).from(participants).where(eq(participants.id, outside)).get()).toEqual({ id: outside });
  expect(t.db().select({ method: consents.method }).from(consents).where(eq(consents.participantId, outside)).all()).toEqual([{ method: 'paper' }]);
  expect(guestsNamed('Amir')).toEqual([]);
});

it('a walk-in matched to someone on the roster: undo gives back the status they had (avmeldt stays avmeldt), not "påmeldt"', async () => {
  const { event, cancelled, roster } = await eventWithRoster();
  await t.call('kiosk.enter', { eventId: event.id });
  const hit = await t.call('kiosk.walkIn', { firstName: 'Kari', lastName: 'Avmeldt', phone: '+47 412 34 567', role: 'participant', consent: true });
  expect(hit).toMatchObject({ status: 'attended', firstName: 'Kari' });
  expect(await t.call('kiosk.undo', { attendanceId: hit.attendanceId })).toMatchObject({ attendanceId: hit.attendanceId, status: 'cancelled', checkedInAt: null });
  expect((await t.call('kiosk.search', { query: 'kari' })).map((h) => h.status)).toEqual(['cancelled']);
  await leaveAndReopen();
  expect(await t.call('events.roster', { eventId: event.id })).toEqual(roster);
  expect(roster.find((r) => r.personId === cancelled)).toMatchObject({ status: 'cancelled', source: 'roster' });
  expect(t.db().select().from(consents).where(eq(consents.participantId, cancelled)).all()).toEqual([]);
});

it('a guest created at the door that something else refers to by the time of the undo is kept; only the check-in goes', async () => {
  const { event } = await eventWithRoster();
  const other = await t.call('events.create', { kind: 'kurs', title: 'Annet kurs', startsAt: '2026-05-10T16:00:00Z' });
  await t.call('kiosk.enter', { eventId: event.id });
  const hit = await t.call('kiosk.walkIn', { firstName: 'Nina', lastName: 'Ny', phone: '40000001', role: 'guest', consent: true });
  const [guest] = guestsNamed('Nina');
  t.db().insert(attendance).values({ eventId: other.id, guestId: guest!.id, status: 'registered', source: 'roster' }).run();
  expect(await t.call('kiosk.undo', { attendanceId: hit.attendanceId })).toBeNull();
  await leaveAndReopen();
  expect(guestsNamed('Nina')).toHaveLength(1);
  expect((await t.call('events.roster', { eventId: event.id })).some((r) => r.personId === guest!.id)).toBe(false);
  expect((await t.call('events.roster', { eventId: other.id })).map((r) => r.personId)).toEqual([guest!.id]);
});

it('kit mode: an undone walk-in leaves the kit file, so the import brings nothing of it', async () => {
  const { event } = await eventWithRoster();
  const path = join(t.dir, 'treff.koblekit');
  await t.call('kit.export', { eventId: event.id, path, passphrase: KIT_PASS });
  const laptop = createApi(fakeHost(t.dir, { trustsPaths: true }), new Session({ sleep: async () => undefined }));
  const call = async (name: string, input: unknown) => {
    const reply = await laptop.call(name, input);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as never;
  };
  await call('kit.open', { path, passphrase: KIT_PASS });
  const kept = (await call('kiosk.walkIn', { firstName: 'Ola', lastName: 'Blir', phone: '40000002', role: 'guest', consent: true })) as { attendanceId: string };
  const undone = (await call('kiosk.walkIn', { firstName: 'Nina', lastName: 'Angrer', phone: '40000001', role: 'guest', consent: true })) as { attendanceId: string };
  expect(await call('kiosk.undo', { attendanceId: undone.attendanceId })).toBeNull();
  expect(await call('kiosk.search', { query: 'nina' })).toEqual([]);
  await call('kiosk.leave', { passphrase: KIT_PASS });
  const kit = await openKitFile(path, KIT_PASS, { readonly: true });
  try {
    expect(kit.db.prepare('select id from walk_ins').pluck().all()).toEqual([kept.attendanceId]);
  } finally {
    kit.close();
  }
  expect(await t.call('kit.import', { path, passphrase: KIT_PASS })).toMatchObject({ walkIns: 1, checkIns: 0, conflicts: [] });
  expect(guestsNamed('Nina')).toEqual([]);
  expect(guestsNamed('Ola')).toHaveLength(1);
});
