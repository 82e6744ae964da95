import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema/index.ts';
import type { ApiInput } from '../api/index.ts';
import { errorCode } from '../test/event-fixtures.ts';
import { closingTestProgrammes } from '../test/programme.ts';
import { consentToContact, addMentors, addParticipants, invitedRoster } from './test/mail-fixtures.ts';
import { parseIcs } from './test/parse-ics.ts';
import { startSmtpSink } from './test/smtp-sink.ts';

const programme = closingTestProgrammes();
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(() => sink.close());

type Programme = Awaited<ReturnType<typeof programme>>;
async function sendAndWait(t: Programme, input: ApiInput<'mail.send'>) {
  const started = await t.call('mail.send', input);
  const status = started.jobId ? await t.session.jobs.wait(started.jobId) : null;
  return { started, status };
}

describe('sending through a real SMTP server on loopback', () => {
  it('invites an event roster: one e-mail with a calendar invitation per consenting person, nobody else; a second send sends nothing', async () => {
    const t = await programme();
    const r = await invitedRoster(t, sink.port);
    const { started, status } = await sendAndWait(t, { template: 'event-invitation', eventId: r.event.id });
    expect(started.skipped.map((s) => s.reason).sort()).toEqual(['no_contact_consent', 'no_email']);
    expect(status).toMatchObject({ state: 'done', result: { sent: 3, failed: 0, uncertain: 0 } });
    expect(sink.received.map((m) => m.envelopeTo[0]).sort()).toEqual(r.emails.sort());
    expect(sink.countTo('nei@example.no')).toBe(0);

    const first = sink.received.find((m) => m.envelopeTo[0] === 'd1@example.no')!;
    expect(first.subject).toBe('Invitasjon: Nettverkstreff høst');
    expect(first.text).toContain('Hei Deltaker1,');
    expect(first.text).toContain('Kari Nordmann');
    expect(first.text).toContain('KIA Skien, tlf 35 00 00 00');
    expect(first.from).toBe('post@kia.example');
    const ics = parseIcs(first.calendar!);
    expect(ics.method).toBe('REQUEST');
    expect(ics.events[0]).toMatchObject({ uid: `event-${r.event.id}@koble`, sequence: 0, summary: 'Nettverkstreff høst', location: 'Skien bibliotek', tzid: 'Europe/Oslo', organizer: 'mailto:post@kia.example' });
    expect(Date.parse(ics.events[0]!.startUtc)).toBe(Date.parse(r.event.startsAt));

    const again = await sendAndWait(t, { template: 'event-invitation', eventId: r.event.id });
    expect(again.started).toMatchObject({ jobId: null, queued: 0, alreadySent: 3 });
    expect(sink.received).toHaveLength(3);
    expect((await t.call('mail.history', { personKind: 'participant', personId: r.withConsent[0]! }))).toEqual([expect.objectContaining({ status: 'sent', subject: 'Invitasjon: Nettverkstreff høst', templateKind: 'event-invitation' })]);
  });

  it('sends an update with the same UID and a higher SEQUENCE when the event moves', async () => {
    const t = await programme();
    const r = await invitedRoster(t, sink.port, 1);
    await sendAndWait(t, { template: 'event-invitation', eventId: r.event.id });
    await t.call('events.update', { eventId: r.event.id, changes: { place: 'Rådhuset' } });
    await sendAndWait(t, { template: 'event-invitation', eventId: r.event.id });
    const [a, b] = sink.received.map((m) => parseIcs(m.calendar!).events[0]!);
    expect(b!.uid).toBe(a!.uid);
    expect([a!.sequence, b!.sequence]).toEqual([0, 1]);
    expect(b!.location).toBe('Rådhuset');
  });

  it('puts the koblingsmøte in both calendars: the participant and the mentor each get an invitation with the same UID', async () => {
    const t = await programme();
    await invitedRoster(t, sink.port, 0);
    const [participantId] = addParticipants(t.db(), [{ firstName: 'Amina', lastName: 'Yusuf', email: 'amina@example.no', stage: 'ready' }]);
    const [mentorId] = addMentors(t.db(), [{ firstName: 'Per', lastName: 'Olsen', email: 'per@firma.example' }]);
    consentToContact(t.db(), [{ participantId }, { mentorId }]);
    const { matchId } = await t.call('matching.accept', { participantId: participantId!, mentorId: mentorId!, introMeetingOn: '2027-03-02T18:30', introMeetingPlace: 'Kafé Tollboden' });
    const { status } = await sendAndWait(t, { template: 'intro-meeting', matchId });
    expect(status).toMatchObject({ state: 'done', result: { sent: 2 } });
    const toParticipant = sink.received.find((m) => m.envelopeTo[0] === 'amina@example.no')!;
    const toMentor = sink.received.find((m) => m.envelopeTo[0] === 'per@firma.example')!;
    expect(toParticipant.subject).toBe('Koblingsmøte med Per Olsen');
    expect(toMentor.subject).toBe('Koblingsmøte med Amina Yusuf');
    expect(parseIcs(toParticipant.calendar!).events[0]!.uid).toBe(parseIcs(toMentor.calendar!).events[0]!.uid);
    expect(parseIcs(toMentor.calendar!).events[0]).toMatchObject({ location: 'Kafé Tollboden', startUtc: '2027-03-02T17:30:00+00:00', tzid: 'Europe/Oslo' });
    expect(toParticipant.text).toContain('tirsdag 2. mars 2027');
  });

  it('records a refusal with the server\'s words and sends it on retry once fixed, without resending the others', async () => {
    const t = await programme();
    const r = await invitedRoster(t, sink.port, 2);
    const [rejected] = addParticipants(t.db(), [{ firstName: 'Feil', lastName: 'Adresse', email: 'reject-me@example.no' }]);
    consentToContact(t.db(), [{ participantId: rejected }]);
    await t.call('events.invite', { eventId: r.event.id, people: [{ kind: 'participant', id: rejected! }] });
    const { status } = await sendAndWait(t, { template: 'event-invitation', eventId: r.event.id });
    expect(status).toMatchObject({ result: { sent: 2, failed: 1, failures: [{ toName: 'Feil Adresse', toAddress: 'reject-me@example.no', definite: true, error: expect.stringContaining('Mailbox does not exist') }] } });
    const troubled = await t.call('mail.outbox', {});
    expect(troubled).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringContaining('Mailbox does not exist') })]);
    // Sending the invitation again retries only the failed one.
    const again = await sendAndWait(t, { template: 'event-invitation', eventId: r.event.id });
    expect(again.started).toMatchObject({ queued: 1, alreadySent: 2 });
    expect(sink.received).toHaveLength(2);
  });

  it('refuses to send without a mail account, and refuses a template with an unknown merge field, changing nothing', async () => {
    const t = await programme();
    const [p] = addParticipants(t.db(), [{ firstName: 'A', lastName: 'B', email: 'a@example.no' }]);
    expect(await errorCode(t.call('mail.send', { template: 'welcome', personIds: [p!] }))).toBe('MAIL_NOT_CONFIGURED');
    expect(t.db().select().from(mailOutbox).all()).toHaveLength(0);
    // Test tilkoblingen without a server answers at once instead of trying localhost.
    expect(await errorCode(t.call('mail.testConnection', {}))).toBe('MAIL_NOT_CONFIGURED');
    expect(await errorCode(t.call('mail.saveTemplate', { kind: 'welcome', language: 'nb', subject: 'Hei', body: '{{fornavn}}' }))).toBe('MAIL_TEMPLATE_INVALID');
    expect((await t.call('mail.templates', {})).find((x) => x.kind === 'welcome' && x.language === 'nb')).toMatchObject({ edited: false });
  });

  it('never returns the stored password', async () => {
    const t = await programme();
    const saved = await t.call('mail.saveSettings', { host: 'smtp.office365.com', user: 'post@kia.example', password: 'hemmelig-passord' });
    expect(JSON.stringify(saved)).not.toContain('hemmelig');
    expect(await t.call('mail.getSettings', {})).toMatchObject({ hasPassword: true, host: 'smtp.office365.com' });
  });
});
