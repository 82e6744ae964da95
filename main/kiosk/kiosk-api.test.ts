import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { consents, eventGuests } from '../../db/schema/index.ts';
import { addParticipants, errorCode } from '../test/event-fixtures.ts';
import { TEST_PASSPHRASE, testProgramme } from '../test/programme.ts';
import { KIOSK_CONSENT_VERSION } from './consent-text.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

async function eventWithRoster() {
  const ids = addParticipants(t.db(), [
    { firstName: 'Bjørn', lastName: 'Hansen', phone: '+47 912 34 567' },
    { firstName: 'Олена', lastName: 'Шевченко' },
    { firstName: 'Fatima', lastName: 'Ali', email: 'fatima@example.no' },
  ]);
  addParticipants(t.db(), [{ firstName: 'Bjørnar', lastName: 'Ikkeinvitert' }]);
  const event = await t.call('events.create', { kind: 'inspirasjonsmote', title: 'Inspirasjonsmøte', startsAt: '2026-04-10T16:00:00Z' });
  await t.call('events.invite', { eventId: event.id, people: ids.map((id) => ({ kind: 'participant' as const, id })) });
  return { event, ids };
}

it('gates every other method while the kiosk runs, and leaving needs a staff passphrase', async () => {
  const { event } = await eventWithRoster();
  expect(await t.call('kiosk.enter', { eventId: event.id })).toEqual({ eventId: event.id, title: 'Inspirasjonsmøte', startsAt: '2026-04-10T16:00:00.000Z' });
  expect(await errorCode(t.call('events.list', {}))).toBe('KIOSK_ACTIVE');
  expect(await errorCode(t.call('people.search' as 'events.list', { query: 'bj' } as never))).toBe('KIOSK_ACTIVE');
  expect(await errorCode(t.call('vault.lock', {}))).toBe('KIOSK_ACTIVE');
  expect(await errorCode(t.call('kit.open', { path: 'x.koblekit', passphrase: 'x' }))).toBe('KIOSK_ACTIVE');
  expect((await t.call('vault.status', {})).state).toBe('unlocked');
  expect(await t.call('kiosk.status', {})).toMatchObject({ mode: 'kiosk', eventId: event.id, counts: { registered: 3, total: 3 } });
  expect(await errorCode(t.call('kiosk.leave', { passphrase: 'feil passordfrase her' }))).toBe('VAULT_WRONG_PASSPHRASE');
  expect(await errorCode(t.call('events.list', {}))).toBe('KIOSK_ACTIVE');
  expect(await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE })).toBeNull();
  expect(await t.call('kiosk.status', {})).toEqual({ mode: 'none' });
  expect((await t.call('events.list', {})).length).toBe(1);
});

it('searches only the roster, folded; checks in once, says "already" with the time, undoes within 30 s only', async () => {
  const { event } = await eventWithRoster();
  await t.call('kiosk.enter', { eventId: event.id });
  expect(await t.call('kiosk.search', { query: '' })).toEqual([]);
  const bjorn = await t.call('kiosk.search', { query: 'bjorn' });
  expect(bjorn.map((h) => h.firstName)).toEqual(['Bjørn']); // Bjørnar is not on the roster
  expect(bjorn[0]).not.toHaveProperty('phone');
  expect((await t.call('kiosk.search', { query: 'olena' })).map((h) => h.lastName)).toEqual(['Шевченко']);
  const id = bjorn[0]!.attendanceId;
  const first = await t.call('kiosk.checkIn', { attendanceId: id });
  expect(first.result).toBe('checked_in');
  expect(await t.call('kiosk.checkIn', { attendanceId: id })).toEqual({ result: 'already', checkedInAt: first.checkedInAt });
  expect((await t.call('kiosk.undo', { attendanceId: id }))?.status).toBe('registered');
  const again = await t.call('kiosk.checkIn', { attendanceId: id });
  const at = Date.parse(again.checkedInAt);
  vi.spyOn(Date, 'now').mockReturnValue(at + 31_000);
  expect(await errorCode(t.call('kiosk.undo', { attendanceId: id }))).toBe('KIOSK_UNDO_EXPIRED');
  vi.restoreAllMocks();
  await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE });
  const row = (await t.call('events.roster', { eventId: event.id })).find((r) => r.attendanceId === id)!;
  expect(row).toMatchObject({ status: 'attended', checkedInAt: again.checkedInAt });
});

it('walk-ins: consent required, matched by phone to an existing participant, else a guest with the role they gave, consent version recorded', async () => {
  const { event, ids } = await eventWithRoster();
  const [outside] = addParticipants(t.db(), [{ firstName: 'Amir', lastName: 'Haddad', email: 'amir@example.no' }]);
  await t.call('kiosk.enter', { eventId: event.id });
  const walkIn = { firstName: 'Amir', lastName: 'Haddad', email: 'AMIR@example.no ', role: 'participant' as const, consent: false };
  expect(await errorCode(t.call('kiosk.walkIn', walkIn))).toBe('KIOSK_CONSENT_REQUIRED');
  expect(await errorCode(t.call('kiosk.walkIn', { firstName: 'Uten', lastName: 'Kontakt', role: 'guest', consent: true }))).toBe('API_INVALID_INPUT');
  const matched = await t.call('kiosk.walkIn', { ...walkIn, consent: true });
  expect(matched).toMatchObject({ personKind: 'participant', status: 'attended', firstName: 'Amir' });
  // Bjørn is on the roster: his name (folded) and the same phone written differently check him in, no new person; the reply is what was typed.
  const bjorn = await t.call('kiosk.walkIn', { firstName: 'Bjorn', lastName: 'Hansen', phone: '91234567', role: 'participant', consent: true });
  expect(bjorn).toMatchObject({ personKind: 'participant', firstName: 'Bjorn', status: 'attended' });
  const created = await t.call('kiosk.walkIn', { firstName: 'Nina', lastName: 'Ny', phone: '40000001', role: 'mentor', consent: true });
  expect(created).toMatchObject({ personKind: 'guest', status: 'attended', hint: null });
  expect((await t.call('kiosk.search', { query: 'nina' })).map((h) => h.attendanceId)).toEqual([created.attendanceId]);
  await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE });
  const guest = t.db().select().from(eventGuests).where(eq(eventGuests.firstName, 'Nina')).get()!;
  expect(guest).toMatchObject({ phone: '40000001', claimedRole: 'mentor' });
  const amirConsent = t.db().select().from(consents).where(and(eq(consents.participantId, outside!))).all();
  expect(amirConsent).toEqual([expect.objectContaining({ purpose: 'storage', method: 'kiosk', textVersion: KIOSK_CONSENT_VERSION })]);
  expect(t.db().select().from(consents).where(eq(consents.guestId, guest.id)).all()).toHaveLength(1);
  const roster = await t.call('events.roster', { eventId: event.id });
  expect(roster).toHaveLength(5);
  expect(roster.find((r) => r.personId === outside)).toMatchObject({ source: 'walk_in', status: 'attended' });
  expect(roster.find((r) => r.personId === ids[0])).toMatchObject({ source: 'roster', status: 'attended' });
});

it('the consent text has a version, in both languages', async () => {
  const nb = await t.call('kiosk.consentText', { language: 'nb' });
  const en = await t.call('kiosk.consentText', { language: 'en' });
  expect(nb.version).toBe(en.version);
  expect(nb.text).toMatch(/samtykke/i);
  expect(en.text).toMatch(/consent/i);
});
