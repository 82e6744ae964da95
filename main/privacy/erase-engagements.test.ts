import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, matches, matchMeetings, mentors, participants, placements, stageChanges } from '../../db/schema/index.ts';
import { accepted, activeMatch, closeProgrammesAfterEach, matchRow, readyPeople, snapshot, stageOf, today, type Programme } from '../test/lifecycle.ts';
import { addMonths } from '../../shared/calendar-date.ts';

/**
 * Erasing someone closes what they still had open (their matches, their placements) on the erasure
 * day, so the mentor's place is free again, and afterwards no lifecycle or placement write can put
 * goals, topics, end reasons, supervisors or notes back onto the anonymous stub.
 */
const { demoProgramme } = closeProgrammesAfterEach();

/** The day of the erasure: the office's day (Europe/Oslo). */
const erasureDay = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

async function fillMentor(p: Programme, mentorId: string) {
  const mentor = (await p.call('mentors.list', {})).find((m) => m.id === mentorId)!;
  await p.call('mentors.update', { id: mentorId, changes: { capacity: mentor.activeMatches } });
  return mentor.activeMatches;
}

const suggestedMentors = async (p: Programme, participantId: string) => (await p.call('matching.suggest', { participantId, top: 50 })).map((s) => s.mentorId);

async function code(p: Programme, method: string, input: unknown): Promise<string | undefined> {
  const reply = await p.api.call(method as never, input as never);
  return reply.ok ? undefined : reply.error.code;
}

/** Every match and placement write for the given ids; each must be refused as erased. */
async function expectAllWritesRefused(p: Programme, ids: { participantId: string; matchId: string; introMatchId?: string; placementId?: string; mentorId: string }) {
  const before = snapshot(p);
  const refused = async (method: string, input: unknown) => expect([method, await code(p, method, input)]).toEqual([method, 'PRIVACY_ALREADY_ERASED']);
  await refused('matching.addMeeting', { matchId: ids.matchId, date: today, minutes: 30, topics: 'Jobbsøknad til Equinor' });
  await refused('matching.update', { matchId: ids.matchId, goals: 'Bli sivilingeniør' });
  await refused('matching.end', { matchId: ids.matchId, endedOn: today, outcome: 'ended_early', reason: 'Flyttet til Bergen' });
  if (ids.introMatchId) {
    await refused('matching.bookIntroMeeting', { matchId: ids.introMatchId, introMeetingAt: today, introMeetingPlace: 'Kafé Ibsen' });
    await refused('matching.confirm', { matchId: ids.introMatchId, startOn: today, goals: 'Nettverk' });
    await refused('matching.notAFit', { matchId: ids.introMatchId, reason: 'Ble syk' });
  }
  if (ids.placementId) {
    await refused('placements.update', { placementId: ids.placementId, changes: { supervisorName: 'Per Sjef', notes: 'Ny avtale' } });
    await refused('placements.end', { placementId: ids.placementId, endedOn: today, outcome: 'ended_early', reason: 'Sykemeldt' });
  }
  expect(snapshot(p)).toBe(before);
}

describe('erasing a participant', () => {
  it('ends their running match and placement, cancels a planned one, frees the mentor, clears the texts and keeps the report dates', async () => {
    const p = await demoProgramme();
    const { participantId, mentorId, matchId } = await activeMatch(p);
    await p.call('matching.addMeeting', { matchId, date: today, minutes: 60, topics: 'CV til Statkraft' });
    const running = await p.call('placements.create', {
      participantId,
      startsOn: today,
      endsOn: addMonths(today, 4),
      status: 'active',
      supervisorName: 'Siri Sjef',
      supervisorEmail: 'siri@bedrift.no',
      supervisorPhone: '+47 900 11 222',
      jobTitle: 'Ingeniørlærling',
      notes: 'Sliter hjemme',
    });
    const planned = await p.call('placements.create', { participantId, startsOn: addMonths(today, 5), endsOn: addMonths(today, 8), notes: 'Neste steg' });
    const taken = await fillMentor(p, mentorId);
    const [other] = await readyPeople(p, 1);
    expect(await suggestedMentors(p, other!)).not.toContain(mentorId);
    const matchBefore = matchRow(p, matchId);

    await p.call('privacy.erase', { personId: participantId, confirmName: 'Kandidat0 Test' });

    const day = erasureDay();
    const endedOn = matchBefore.startedOn! > day ? matchBefore.startedOn : day;
    expect(matchRow(p, matchId)).toMatchObject({
      status: 'ended_early',
      endedOn,
      endReason: 'erased',
      goals: null,
      introMeetingPlace: null,
      // What funder reports count stays.
      score: matchBefore.score,
      proposedOn: matchBefore.proposedOn,
      confirmedOn: matchBefore.confirmedOn,
      startedOn: matchBefore.startedOn,
      plannedEndOn: matchBefore.plannedEndOn,
    });
    expect(p.db().select().from(matchMeetings).where(eq(matchMeetings.matchId, matchId)).all()).toMatchObject([{ metOn: today, minutes: 60, topics: null }]);
    const placementRow = (id: string) => p.db().select().from(placements).where(eq(placements.id, id)).get()!;
    expect(placementRow(running.placementId)).toMatchObject({
      status: 'ended_early',
      endedOn: today > day ? today : day,
      endReason: 'erased',
      startsOn: today,
      endsOn: addMonths(today, 4),
      navAgreement: false,
      supervisorName: null,
      supervisorEmail: null,
      supervisorPhone: null,
      jobTitle: null,
      notes: null,
    });
    expect(placementRow(planned.placementId)).toMatchObject({ status: 'cancelled', endedOn: null, endReason: 'erased', startsOn: addMonths(today, 5), notes: null });

    // The participant leaves the programme on the erasure day: the replayed history no longer counts them as active.
    expect(stageOf(p, participantId)).toBe('dropped_out');
    const lastChange = p.db().select().from(stageChanges).where(eq(stageChanges.participantId, participantId)).all().at(-1)!;
    expect(lastChange).toMatchObject({ fromStage: 'active', stage: 'dropped_out', reason: 'erased', effectiveOn: day });

    // The mentor's place is free again.
    expect((await p.call('mentors.list', {})).find((m) => m.id === mentorId)!.activeMatches).toBe(taken - 1);
    expect(await suggestedMentors(p, other!)).toContain(mentorId);

    const erase = p.db().select().from(auditLog).where(and(eq(auditLog.action, 'erase'), eq(auditLog.entityId, participantId))).get()!;
    expect(erase.details).toMatchObject({ matchesClosed: 1, placementsClosed: 2 });

    await expectAllWritesRefused(p, { participantId, matchId, placementId: running.placementId, mentorId });
    const before = snapshot(p);
    expect(await code(p, 'placements.create', { participantId, startsOn: today, endsOn: addMonths(today, 3), notes: 'Ny praksis' })).toBe('PRIVACY_ALREADY_ERASED');
    expect(await code(p, 'matching.accept', { participantId, mentorId })).toBe('PRIVACY_ALREADY_ERASED');
    expect(await code(p, 'matching.decline', { participantId, mentorId, reason: 'Passer ikke' })).toBe('PRIVACY_ALREADY_ERASED');
    expect(snapshot(p)).toBe(before);
  });

  it('in an older file where an erased participant still has open matches and a placement: refuses every write, and the mentor counts as free', async () => {
    const p = await demoProgramme();
    const { participantId, mentorId, matchId } = await activeMatch(p);
    const { placementId } = await p.call('placements.create', { participantId, startsOn: today, endsOn: addMonths(today, 4), status: 'active', notes: 'Første uke' });
    await fillMentor(p, mentorId);
    const intro = await accepted(p);
    const [other] = await readyPeople(p, 1);
    expect(await suggestedMentors(p, other!)).not.toContain(mentorId);
    // What an erasure before this fix left behind: the stub, its match and placement still open.
    const erasedAt = new Date().toISOString();
    for (const id of [participantId, intro.participantId]) p.db().update(participants).set({ firstName: '', lastName: '', erasedAt }).where(eq(participants.id, id)).run();

    expect(await suggestedMentors(p, other!)).toContain(mentorId);
    // The Mentorer grid agrees with the suggestions: the stub's match holds no place.
    const mentor = (await p.call('mentors.list', {})).find((m) => m.id === mentorId)!;
    expect(mentor.activeMatches).toBeLessThan(mentor.capacity);
    await expectAllWritesRefused(p, { participantId, matchId, placementId, mentorId });
    await expectAllWritesRefused(p, { participantId: intro.participantId, matchId: intro.matchId, introMatchId: intro.matchId, mentorId: intro.mentorId });
  });
});

describe('erasing a mentor', () => {
  it('ends their open matches: a running one early (the participant stays aktiv), one at koblingsmøte as not a fit (the participant back to klar); writes refused after', async () => {
    const p = await demoProgramme();
    const [x, y] = await readyPeople(p, 2);
    const [best] = await p.call('matching.suggest', { participantId: x!, top: 1 });
    const mentorId = best!.mentorId;
    const open = (await p.call('mentors.list', {})).find((m) => m.id === mentorId)!.activeMatches;
    await p.call('mentors.update', { id: mentorId, changes: { capacity: open + 2 } });
    const running = await p.call('matching.accept', { participantId: x!, mentorId, introMeetingOn: today, introMeetingPlace: 'Kontoret' });
    await p.call('matching.confirm', { matchId: running.matchId, startOn: today, goals: 'Jobb som ingeniør' });
    const intro = await p.call('matching.accept', { participantId: y!, mentorId, introMeetingOn: today, introMeetingPlace: 'Kafé Ibsen' });
    expect(stageOf(p, y!)).toBe('intro_meeting');

    const { name } = await p.call('privacy.erasePreview', { personId: mentorId });
    await p.call('privacy.erase', { personId: mentorId, confirmName: name });

    const day = erasureDay();
    expect(matchRow(p, running.matchId)).toMatchObject({ status: 'ended_early', endedOn: today > day ? today : day, endReason: 'erased', goals: null, startedOn: today });
    expect(matchRow(p, intro.matchId)).toMatchObject({ status: 'not_a_fit', endedOn: day, endReason: 'erased', introMeetingPlace: null, introMeetingAt: today });
    expect(stageOf(p, x!)).toBe('active');
    expect(stageOf(p, y!)).toBe('ready');
    // y can be matched again (with someone else: the erased mentor is never offered).
    const again = await suggestedMentors(p, y!);
    expect(again.length).toBeGreaterThan(0);
    expect(again).not.toContain(mentorId);
    expect(p.db().select({ active: mentors.active }).from(mentors).where(eq(mentors.id, mentorId)).get()).toEqual({ active: false });

    await expectAllWritesRefused(p, { participantId: x!, matchId: running.matchId, introMatchId: intro.matchId, mentorId });
    expect(p.db().select().from(matches).where(eq(matches.mentorId, mentorId)).all().filter((m) => ['proposed', 'intro_meeting', 'active'].includes(m.status))).toEqual([]);
  });
});
