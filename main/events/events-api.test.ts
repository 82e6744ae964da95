import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { testProgramme } from '../test/programme.ts';
import { addCohort, addMentors, addParticipants, errorCode } from '../test/event-fixtures.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => t.close());

async function newEvent(title = 'Nettverkstreff vår', startsAt = '2026-04-10T16:00:00Z') {
  return t.call('events.create', { kind: 'nettverkstreff', title, startsAt, place: 'Skien bibliotek' });
}

describe('events', () => {
  it('creates, lists newest first, updates and removes an event, with audit entries', async () => {
    const older = await newEvent('Språkkafé', '2026-02-01T17:00:00+01:00');
    const newer = await newEvent();
    expect(older).toMatchObject({ kind: 'nettverkstreff', title: 'Språkkafé', startsAt: '2026-02-01T16:00:00.000Z', place: 'Skien bibliotek', counts: { total: 0 } });
    expect((await t.call('events.list', {})).map((e) => e.id)).toEqual([newer.id, older.id]);
    expect((await t.call('events.list', { from: '2026-03-01' })).map((e) => e.id)).toEqual([newer.id]);
    expect((await t.call('events.list', { to: '2026-02-01' })).map((e) => e.id)).toEqual([older.id]);
    const updated = await t.call('events.update', { eventId: newer.id, changes: { capacity: 40, organiser: 'KIA Skien' } });
    expect(updated).toMatchObject({ capacity: 40, organiser: 'KIA Skien', title: 'Nettverkstreff vår' });
    await t.call('events.remove', { eventId: older.id });
    expect(await errorCode(t.call('events.get', { eventId: older.id }))).toBe('API_NOT_FOUND');
    const actions = t.db().select().from(auditLog).all().filter((a) => a.entity === 'events').map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
  });

  it('warns before a cohort overfills an event and can put the rest on a waiting list', async () => {
    const cohortId = addCohort(t.db(), 'Høst 2026');
    addParticipants(t.db(), Array.from({ length: 485 }, (_, i) => ({ firstName: `Person${i}`, lastName: 'Kull', cohortId })));
    const event = await t.call('events.create', { kind: 'inspirasjonsmote', title: 'Inspirasjonsmøte', startsAt: '2026-04-10T16:00:00Z', capacity: 80 });

    const preview = await t.call('events.invite', { eventId: event.id, cohortId, dryRun: true });
    expect(preview).toEqual({ added: 0, waitlisted: 0, alreadyOnRoster: 0, capacity: { capacity: 80, taken: 0, inviting: 485, over: 405, register: 485, waitlist: 0 } });
    expect((await t.call('events.get', { eventId: event.id })).counts.total).toBe(0);

    const done = await t.call('events.invite', { eventId: event.id, cohortId, useWaitingList: true });
    expect(done).toMatchObject({ added: 80, waitlisted: 405, alreadyOnRoster: 0 });
    const counts = (await t.call('events.get', { eventId: event.id })).counts;
    expect(counts).toMatchObject({ registered: 80, waitlisted: 405, total: 485 });

    // Full now: one more by hand would go over by one, or onto the waiting list.
    const [late] = addParticipants(t.db(), [{ firstName: 'Sen', lastName: 'Påmelding' }]);
    expect((await t.call('events.invite', { eventId: event.id, people: [{ kind: 'participant', id: late! }], dryRun: true })).capacity.over).toBe(1);
    expect(await t.call('events.invite', { eventId: event.id, people: [{ kind: 'participant', id: late! }], useWaitingList: true })).toMatchObject({ added: 0, waitlisted: 1 });
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    expect(await errorCode(t.call('events.create', { kind: 'nettverkstreff', title: '', startsAt: '2026-04-10T16:00:00Z' }))).toBe('API_INVALID_INPUT');
    expect(await errorCode(t.call('events.create', { kind: 'fest' as 'kurs', title: 'X', startsAt: '2026-04-10T16:00:00Z' }))).toBe('API_INVALID_INPUT');
    expect(await errorCode(t.call('events.create', { kind: 'kurs', title: 'X', startsAt: '10.04.2026' }))).toBe('API_INVALID_INPUT');
    expect(await errorCode(t.call('events.create', { kind: 'kurs', title: 'X', startsAt: '2026-04-10T16:00:00Z', endsAt: '2026-04-10T15:00:00Z' }))).toBe('API_INVALID_INPUT');
    expect(await t.call('events.list', {})).toEqual([]);
  });

  it('invites by hand, by cohort and by filter without duplicates; roster sorted by last name with hints only for same names', async () => {
    const cohortId = addCohort(t.db(), 'Høst 2026');
    const [anna, ola1, ola2] = addParticipants(t.db(), [
      { firstName: 'Anna', lastName: 'Berg', cohortId, stage: 'ready' },
      { firstName: 'Ola', lastName: 'Nordmann', birthYear: 1987, municipalityNumber: '4003', cohortId },
      { firstName: 'Ola', lastName: 'Nordmann', birthYear: 1990, stage: 'active' },
    ]);
    const [mentor] = addMentors(t.db(), [{ firstName: 'Åse', lastName: 'Aasen' }]);
    const event = await newEvent();
    expect(await t.call('events.invite', { eventId: event.id, people: [{ kind: 'participant', id: anna! }] })).toEqual({ added: 1, waitlisted: 0, alreadyOnRoster: 0, capacity: expect.objectContaining({ capacity: null, over: 0 }) });
    expect(await t.call('events.invite', { eventId: event.id, cohortId })).toEqual({ added: 1, waitlisted: 0, alreadyOnRoster: 1, capacity: expect.objectContaining({ capacity: null, over: 0 }) });
    expect(await t.call('events.invite', { eventId: event.id, filter: { stages: ['active'] } })).toEqual({ added: 1, waitlisted: 0, alreadyOnRoster: 0, capacity: expect.objectContaining({ capacity: null, over: 0 }) });
    expect(await t.call('events.invite', { eventId: event.id, filter: { kinds: ['mentor'] } })).toEqual({ added: 1, waitlisted: 0, alreadyOnRoster: 0, capacity: expect.objectContaining({ capacity: null, over: 0 }) });
    const roster = await t.call('events.roster', { eventId: event.id });
    expect(roster.map((r) => `${r.firstName} ${r.lastName}`)).toEqual(['Anna Berg', 'Ola Nordmann', 'Ola Nordmann', 'Åse Aasen']); // Norwegian order: Å last
    expect(roster.find((r) => r.personId === anna)!.hint).toBeNull();
    expect(roster.filter((r) => r.lastName === 'Nordmann').map((r) => r.hint).sort()).toEqual(['f. 1987 · Skien', 'f. 1990']);
    expect(roster.find((r) => r.personId === mentor)).toMatchObject({ personKind: 'mentor', status: 'registered', source: 'roster' });
    expect(await errorCode(t.call('events.invite', { eventId: event.id, people: [{ kind: 'participant', id: 'nobody' }] }))).toBe('API_NOT_FOUND');
    void ola1;
    void ola2;
  });

  it('guests, paper statuses in one transaction, counts per event and per person, removal rules', async () => {
    const [p] = addParticipants(t.db(), [{ firstName: 'Fatima', lastName: 'Ali' }]);
    const event = await newEvent();
    const other = await newEvent('Kurs', '2026-05-01T08:00:00Z');
    await t.call('events.invite', { eventId: event.id, people: [{ kind: 'participant', id: p! }] });
    await t.call('events.invite', { eventId: other.id, people: [{ kind: 'participant', id: p! }] });
    const guest = await t.call('events.addGuest', { eventId: event.id, firstName: 'Per', lastName: 'Bedrift', organisationName: 'Yara', email: 'per@yara.no' });
    expect(guest).toMatchObject({ personKind: 'guest', status: 'registered', source: 'roster', hint: null });
    const roster = await t.call('events.roster', { eventId: event.id });
    const fatima = roster.find((r) => r.personId === p)!;
    const marked = await t.call('events.setStatus', { eventId: event.id, attendanceIds: [fatima.attendanceId, guest.attendanceId], status: 'attended', source: 'paper' });
    expect(marked.map((r) => [r.status, r.source, r.checkedInAt])).toEqual([['attended', 'paper', null], ['attended', 'paper', null]]);
    // One unknown id: nothing changes.
    expect(await errorCode(t.call('events.setStatus', { eventId: event.id, attendanceIds: [guest.attendanceId, 'nope'], status: 'no_show' }))).toBe('API_NOT_FOUND');
    expect((await t.call('events.get', { eventId: event.id })).counts).toEqual({ registered: 0, attended: 2, noShow: 0, cancelled: 0, waitlisted: 0, total: 2 });
    const otherRow = (await t.call('events.roster', { eventId: other.id }))[0]!;
    await t.call('events.setStatus', { eventId: other.id, attendanceIds: [otherRow.attendanceId], status: 'cancelled' });
    const mine = await t.call('events.forPerson', { personKind: 'participant', personId: p! });
    expect(mine.counts).toEqual({ invited: 2, attended: 1, noShow: 0, cancelled: 1 });
    expect(mine.events.map((e) => e.eventId)).toEqual([other.id, event.id]);
    expect(await errorCode(t.call('events.removeFromRoster', { eventId: event.id, attendanceId: guest.attendanceId }))).toBe('EVENT_HAS_CHECK_INS');
    expect(await errorCode(t.call('events.remove', { eventId: event.id }))).toBe('EVENT_HAS_CHECK_INS');
    await t.call('events.removeFromRoster', { eventId: other.id, attendanceId: otherRow.attendanceId });
    expect(await t.call('events.roster', { eventId: other.id })).toEqual([]);
  });
});
