import { eq } from 'drizzle-orm';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { attendance, consents, eventGuests } from '../../db/schema/index.ts';
import { createApi } from '../api/index.ts';
import { addParticipants, KIT_PASS } from '../test/event-fixtures.ts';
import { TEST_PASSPHRASE, testProgramme } from '../test/programme.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => t.close());

/** Yousef is in the programme with a phone number but not on this event's roster. */
async function eventWithYousefOutside() {
  const [fatima, yousef] = addParticipants(t.db(), [
    { firstName: 'Fatima', lastName: 'Ali', email: 'fatima@example.no' },
    { firstName: 'Yousef', lastName: 'Haddad', phone: '+47 912 34 567', email: 'yousef@example.no' },
  ]);
  const event = await t.call('events.create', { kind: 'nettverkstreff', title: 'Nettverkstreff', startsAt: '2026-04-10T16:00:00Z' });
  await t.call('events.invite', { eventId: event.id, people: [{ kind: 'participant' as const, id: fatima! }] });
  return { event, yousef: yousef! };
}

const guestsNamed = (firstName: string) => t.db().select().from(eventGuests).where(eq(eventGuests.firstName, firstName)).all();

it('a walk-in with someone else’s phone is a new guest: the owner is neither revealed, checked in nor given a consent', async () => {
  const { event, yousef } = await eventWithYousefOutside();
  await t.call('kiosk.enter', { eventId: event.id });
  const reply = await t.call('kiosk.walkIn', { firstName: 'Amina', lastName: 'Haddad', phone: '91234567', role: 'guest', consent: true });
  expect(reply).toMatchObject({ firstName: 'Amina', lastName: 'Haddad', personKind: 'guest', status: 'attended', already: false });
  expect(JSON.stringify(reply)).not.toContain('Yousef');
  // Probing by e-mail reveals nothing either.
  const probe = await t.call('kiosk.walkIn', { firstName: 'Test', lastName: 'Person', email: 'YOUSEF@example.no', role: 'participant', consent: true });
  expect(probe).toMatchObject({ firstName: 'Test', lastName: 'Person', personKind: 'guest' });
  expect(JSON.stringify(probe)).not.toContain('Yousef');
  expect(await t.call('kiosk.search', { query: 'yousef' })).toEqual([]);
  expect((await t.call('kiosk.search', { query: 'amina' })).map((h) => h.firstName)).toEqual(['Amina']);
  await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE });
  expect(t.db().select().from(attendance).where(eq(attendance.participantId, yousef)).all()).toEqual([]);
  expect(t.db().select().from(consents).where(eq(consents.participantId, yousef)).all()).toEqual([]);
  expect(guestsNamed('Amina')).toMatchObject([{ lastName: 'Haddad', phone: '91234567' }]);
  expect(guestsNamed('Test')).toMatchObject([{ email: 'YOUSEF@example.no', claimedRole: 'participant' }]);
});

it('a walk-in with their own name and contact is matched (folded: "yousef HADDAD"), and the reply is what they typed', async () => {
  const { event, yousef } = await eventWithYousefOutside();
  await t.call('kiosk.enter', { eventId: event.id });
  const reply = await t.call('kiosk.walkIn', { firstName: 'yousef', lastName: 'HADDAD', phone: '91234567', role: 'guest', consent: true });
  expect(reply).toMatchObject({ firstName: 'yousef', lastName: 'HADDAD', personKind: 'participant', hint: null, already: false });
  const again = await t.call('kiosk.walkIn', { firstName: 'Yousef', lastName: 'Haddad', phone: '91234567', role: 'guest', consent: true });
  expect(again).toMatchObject({ attendanceId: reply.attendanceId, already: true, checkedInAt: reply.checkedInAt });
  await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE });
  expect(t.db().select({ status: attendance.status }).from(attendance).where(eq(attendance.participantId, yousef)).all()).toEqual([{ status: 'attended' }]);
  expect(guestsNamed('yousef')).toEqual([]);
});

it('kit mode: a second walk-in with the same phone but another name is recorded as themselves; the merge asks before matching by contact alone', async () => {
  const { event, yousef } = await eventWithYousefOutside();
  const path = join(t.dir, 'treff.koblekit');
  await t.call('kit.export', { eventId: event.id, path, passphrase: KIT_PASS });
  const laptop = createApi(fakeHost(t.dir, { trustsPaths: true }), new Session({ sleep: async () => undefined }));
  const call = async (name: string, input: unknown) => {
    const reply = await laptop.call(name, input);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.value as never;
  };
  await call('kit.open', { path, passphrase: KIT_PASS });
  const first = (await call('kiosk.walkIn', { firstName: 'Ola', lastName: 'Først', phone: '40000002', role: 'guest', consent: true })) as { attendanceId: string };
  const second = (await call('kiosk.walkIn', { firstName: 'Kari', lastName: 'Etter', phone: '40000002', role: 'guest', consent: true })) as { attendanceId: string; firstName: string; already: boolean };
  expect(second).toMatchObject({ firstName: 'Kari', already: false });
  expect(second.attendanceId).not.toBe(first.attendanceId);
  await call('kiosk.walkIn', { firstName: 'Amina', lastName: 'Haddad', phone: '91234567', role: 'guest', consent: true });
  await call('kiosk.leave', { passphrase: KIT_PASS });

  const result = await t.call('kit.import', { path, passphrase: KIT_PASS });
  // Ola is a guest; Kari shares Ola's phone and Amina Yousef's: conflicts, not merges into Ola or Yousef.
  expect(result).toMatchObject({ walkIns: 1, matched: 0 });
  expect(result.conflicts.map((c) => c.personName).sort()).toEqual(['Amina Haddad', 'Kari Etter']);
  const conflict = result.conflicts.find((c) => c.personName === 'Amina Haddad');
  expect(conflict).toMatchObject({ kind: 'walk_in_other_name', personName: 'Amina Haddad', detail: { key: 'eventKit.conflict.walkInOtherName', params: { count: 1 } } });
  expect(conflict!.choices.map((c) => c.choice)).toEqual([`person:participant:${yousef}`, 'new', 'skip']);
  expect(t.db().select().from(attendance).where(eq(attendance.participantId, yousef)).all()).toEqual([]);
  expect(t.db().select().from(consents).where(eq(consents.participantId, yousef)).all()).toEqual([]);
  expect(guestsNamed('Kari')).toEqual([]);

  const kari = result.conflicts.find((c) => c.personName === 'Kari Etter')!;
  const decisions = [conflict!, kari].map((c) => ({ conflictId: c.conflictId, choice: 'new' }));
  const resolved = await t.call('kit.resolve', { path, passphrase: KIT_PASS, decisions });
  expect(resolved).toMatchObject({ walkIns: 2, matched: 0, unchanged: 1, conflicts: [] });
  expect([...guestsNamed('Amina'), ...guestsNamed('Kari'), ...guestsNamed('Ola')].map((g) => g.phone)).toEqual(['91234567', '40000002', '40000002']);
  expect(t.db().select().from(attendance).where(eq(attendance.participantId, yousef)).all()).toEqual([]);
  expect(await t.call('kit.import', { path, passphrase: KIT_PASS })).toMatchObject({ walkIns: 0, unchanged: 3, conflicts: [] });
});
