import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stageChanges } from '../../db/schema/index.ts';
import { closingTestProgrammes } from '../test/programme.ts';
import { dueMail } from './due-list.ts';
import { addMentors, addParticipants, consentToContact } from './test/mail-fixtures.ts';
import { startSmtpSink } from './test/smtp-sink.ts';

const programme = closingTestProgrammes();
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(() => sink.close());

// The day is passed in: nothing here depends on the computer's clock or zone.
const TODAY = '2026-02-01';
const NOW = '2026-02-01T09:00:00.000Z';

async function office() {
  const t = await programme();
  const db = t.db();
  // Registered 2026-01-05 (27 days before TODAY): all are newcomers.
  const [amina, bilal, uten, dawit] = addParticipants(db, [
    { firstName: 'Amina', lastName: 'Yusuf', email: 'amina@example.no', stage: 'ready' },
    { firstName: 'Bilal', lastName: 'Ahmadi', email: 'bilal@example.no' },
    { firstName: 'Uten', lastName: 'Samtykke', email: 'uten@example.no' },
    { firstName: 'Dawit', lastName: 'Tesfay', email: 'dawit@example.no' },
  ]) as [string, string, string, string];
  const [per] = addMentors(db, [{ firstName: 'Per', lastName: 'Olsen', email: 'per@firma.example' }]) as [string];
  consentToContact(db, [{ participantId: amina }, { participantId: bilal }, { participantId: dawit }, { mentorId: per }]);
  // Dawit completed the programme on 15 January: the exit outcome is due.
  db.insert(stageChanges).values([
    { participantId: dawit, stage: 'registered', effectiveOn: '2025-06-01' },
    { participantId: dawit, fromStage: 'registered', stage: 'active', effectiveOn: '2025-08-01' },
    { participantId: dawit, fromStage: 'active', stage: 'completed', effectiveOn: '2026-01-15' },
  ]).run();
  const event = await t.call('events.create', { kind: 'nettverkstreff', title: 'Nettverkstreff vinter', startsAt: '2026-02-02T17:00:00.000Z', place: 'Skien bibliotek' });
  const later = await t.call('events.create', { kind: 'kurs', title: 'CV-kurs', startsAt: '2026-02-20T17:00:00.000Z' });
  for (const e of [event, later]) await t.call('events.invite', { eventId: e.id, people: [amina, bilal, uten].map((id) => ({ kind: 'participant' as const, id })) });
  const { matchId } = await t.call('matching.accept', { participantId: amina, mentorId: per, introMeetingOn: '2026-02-05T18:30', introMeetingPlace: 'Kafé Tollboden' });
  await t.call('mail.saveSettings', { host: '127.0.0.1', port: sink.port, security: 'none', fromAddress: 'post@kia.example', ratePerMinute: 600 });
  return { t, amina, bilal, dawit, per, event, matchId };
}

const summary = (items: ReturnType<typeof dueMail>) => items.map((i) => ({ template: i.template, reason: i.reason.code, people: i.people.map((p) => p.name).sort(), skipped: i.skipped }));

describe('Til utsending', () => {
  it('lists the koblingsmøte invitation, the reminder for the event within two days, welcomes and the outcome request, only to people who may get e-mail', async () => {
    const { t, matchId, event } = await office();
    const items = dueMail(t.db(), TODAY, NOW);
    expect(summary(items)).toEqual([
      { template: 'intro-meeting', reason: 'meeting_without_invitation', people: ['Amina Yusuf', 'Per Olsen'], skipped: 0 },
      { template: 'event-reminder', reason: 'event_soon', people: ['Amina Yusuf', 'Bilal Ahmadi'], skipped: 1 },
      { template: 'welcome', reason: 'newly_registered', people: ['Amina Yusuf', 'Bilal Ahmadi', 'Dawit Tesfay'], skipped: 1 },
      { template: 'outcome-request', reason: 'outcome_checkpoint', people: ['Dawit Tesfay'], skipped: 0 },
    ]);
    expect(items[0]).toMatchObject({ matchId, title: 'Amina Yusuf – Per Olsen', request: { template: 'intro-meeting', matchId } });
    expect(items[1]).toMatchObject({ eventId: event.id, title: 'Nettverkstreff vinter', reason: { startsOn: '2026-02-02', days: 1 } });
    expect(items[3]!.request).toMatchObject({ template: 'outcome-request', checkpoint: 'exit' });
  });

  it('leaves out what the outbox holds: a sent group goes, a partly sent group keeps only the rest', async () => {
    const { t, amina, matchId } = await office();
    const before = dueMail(t.db(), TODAY, NOW);
    for (const request of [before[0]!.request, before[1]!.request, { template: 'welcome' as const, personIds: [amina] }]) {
      const started = await t.call('mail.send', request);
      await t.session.jobs.wait(started.jobId!);
    }
    expect(sink.received).toHaveLength(2 + 2 + 1);
    const after = summary(dueMail(t.db(), TODAY, NOW));
    expect(after.map((i) => i.template)).toEqual(['welcome', 'outcome-request']);
    expect(after[0]!.people).toEqual(['Bilal Ahmadi', 'Dawit Tesfay']);

    // A koblingsmøte moved to another time needs a new invitation.
    await t.call('matching.bookIntroMeeting', { matchId, introMeetingAt: '2026-02-06T12:00', introMeetingPlace: 'Kafé Tollboden' });
    expect(summary(dueMail(t.db(), TODAY, NOW))[0]).toMatchObject({ template: 'intro-meeting', people: ['Amina Yusuf', 'Per Olsen'] });
  });

  it('lists nothing from the API in a new, empty programme', async () => {
    const t = await programme();
    expect(await t.call('mail.due', {})).toEqual([]);
  });
});
