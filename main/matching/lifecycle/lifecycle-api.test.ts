import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, matchExclusions, matchMeetings, stageChanges } from '../../../db/schema/index.ts';
import { accepted, activeMatch, closeProgrammesAfterEach, matchRow, readyPeople, snapshot, stageOf, today } from '../../test/lifecycle.ts';
import { addMonths } from '../../../shared/calendar-date.ts';

const { demoProgramme } = closeProgrammesAfterEach();

describe('matching.accept', () => {
  it('stores the match at koblingsmøte with its score and breakdown, and moves the participant in one go', async () => {
    const p = await demoProgramme();
    const auditBefore = p.db().select({ n: count() }).from(auditLog).get()!.n;
    const { participantId, mentorId, matchId, suggestion } = await accepted(p);
    const row = matchRow(p, matchId);
    expect(row).toMatchObject({ participantId, mentorId, status: 'intro_meeting', score: suggestion.score, proposedOn: today, introMeetingAt: today, introMeetingPlace: 'Kontoret' });
    expect(row.scoreBreakdown).toEqual(suggestion.breakdown);
    expect(row.scoreBreakdown![0]).toEqual({ criterion: 'field', weight: expect.any(Number), points: expect.any(Number), met: expect.any(Boolean), mustHave: false, share: expect.any(Number), explanation: { key: expect.any(String), params: expect.any(Object) } });
    expect(stageOf(p, participantId)).toBe('intro_meeting');
    const change = p.db().select().from(stageChanges).where(eq(stageChanges.participantId, participantId)).all().at(-1)!;
    expect(change).toMatchObject({ fromStage: 'ready', stage: 'intro_meeting', reason: 'kobling', effectiveOn: today });
    expect(p.db().select({ n: count() }).from(auditLog).get()!.n).toBeGreaterThanOrEqual(auditBefore + 3);
    // Now in an open match: no more suggestions, and the list shows it with names.
    expect(await p.api.call('matching.suggest', { participantId })).toMatchObject({ ok: false, error: { code: 'MATCHING_ALREADY_MATCHED' } });
    const [listed] = await p.call('matching.list', { participantId });
    expect(listed).toMatchObject({ id: matchId, participantName: 'Kandidat0 Test', status: 'intro_meeting', score: suggestion.score, meetings: 0 });
    expect(listed!.mentorName).toBe(suggestion.mentorName);
    // The mentor's open matches count the new one.
    const mentor = (await p.call('mentors.list', {})).find((m) => m.id === mentorId)!;
    expect(mentor.activeMatches).toBeGreaterThanOrEqual(1);
  });

  it('refuses excluded pairs, inactive and full mentors, a participant already matched — and writes nothing', async () => {
    const p = await demoProgramme();
    const [a, b, c, d] = await readyPeople(p, 4);
    const candidates = await p.call('matching.suggest', { participantId: a!, top: 10 });
    const [never, inactive, full] = candidates;
    p.db().insert(matchExclusions).values({ participantId: a!, mentorId: never!.mentorId, kind: 'never', reason: 'test' }).run();
    await p.call('mentors.update', { id: inactive!.mentorId, changes: { active: false } });
    const fullMentor = (await p.call('mentors.list', {})).find((m) => m.id === full!.mentorId)!;
    await p.call('mentors.update', { id: full!.mentorId, changes: { capacity: fullMentor.activeMatches } });
    const before = snapshot(p);
    const refused = async (participantId: string, mentorId: string, reason: string) => {
      const reply = await p.api.call('matching.accept', { participantId, mentorId });
      expect(reply).toMatchObject({ ok: false, error: { code: 'MATCHING_NOT_ALLOWED', details: { participantId, mentorId } } });
      if (!reply.ok) expect((reply.error.details as { reasons: string[] }).reasons).toContain(reason);
      expect(snapshot(p)).toBe(before);
    };
    await refused(a!, never!.mentorId, 'never');
    await refused(b!, inactive!.mentorId, 'inactive');
    await refused(c!, full!.mentorId, 'full');
    // Already in an open match.
    await p.call('matching.accept', { participantId: d!, mentorId: candidates[3]!.mentorId });
    const afterFirst = snapshot(p);
    const reply = await p.api.call('matching.accept', { participantId: d!, mentorId: candidates[4]!.mentorId });
    expect(reply).toMatchObject({ ok: false, error: { code: 'MATCHING_NOT_ALLOWED', details: { reasons: ['participantMatched'] } } });
    expect(snapshot(p)).toBe(afterFirst);
    expect(await p.api.call('matching.accept', { participantId: 'nobody', mentorId: candidates[4]!.mentorId })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(await p.api.call('matching.accept', { participantId: a!, mentorId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(snapshot(p)).toBe(afterFirst);
  });

  it('rolls the match back when the pipeline refuses the stage move', async () => {
    const p = await demoProgramme();
    const [ready] = await readyPeople(p, 1);
    const mentorId = (await p.call('matching.suggest', { participantId: ready!, top: 1 }))[0]!.mentorId;
    await p.call('pipeline.move', { ids: [ready!], stage: 'waiting_list', reason: 'Venter', effectiveOn: today });
    const before = snapshot(p);
    expect(await p.api.call('matching.accept', { participantId: ready!, mentorId })).toMatchObject({ ok: false, error: { code: 'PIPELINE_TRANSITION_REFUSED' } });
    expect(snapshot(p)).toBe(before);
  });
});

describe('matching.decline', () => {
  it('excludes the pair as declined so suggest never offers it again (plan reads the same exclusions)', async () => {
    const p = await demoProgramme();
    const [participantId] = await readyPeople(p, 1);
    const [first] = await p.call('matching.suggest', { participantId: participantId!, top: 50 });
    const { exclusionId } = await p.call('matching.decline', { participantId: participantId!, mentorId: first!.mentorId, reason: 'Deltakeren ønsker en annen bransje' });
    const row = p.db().select().from(matchExclusions).where(eq(matchExclusions.id, exclusionId)).get();
    expect(row).toMatchObject({ participantId, mentorId: first!.mentorId, kind: 'declined', reason: 'Deltakeren ønsker en annen bransje' });
    const after = await p.call('matching.suggest', { participantId: participantId!, top: 50 });
    expect(after.map((s) => s.mentorId)).not.toContain(first!.mentorId);
    // Declining again changes nothing; accepting the declined pair is refused.
    const before = snapshot(p);
    expect(await p.call('matching.decline', { participantId: participantId!, mentorId: first!.mentorId, reason: 'Igjen' })).toEqual({ exclusionId });
    expect(await p.api.call('matching.accept', { participantId: participantId!, mentorId: first!.mentorId })).toMatchObject({ ok: false, error: { code: 'MATCHING_NOT_ALLOWED', details: { reasons: ['declined'] } } });
    expect(await p.api.call('matching.decline', { participantId: participantId!, mentorId: first!.mentorId, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(snapshot(p)).toBe(before);
  });

  it('refuses to decline a pair with an open match', async () => {
    const p = await demoProgramme();
    const { participantId, mentorId } = await accepted(p);
    const before = snapshot(p);
    expect(await p.api.call('matching.decline', { participantId, mentorId, reason: 'Nei' })).toMatchObject({ ok: false, error: { code: 'MATCHING_NOT_ALLOWED', details: { reasons: ['openMatch'] } } });
    expect(snapshot(p)).toBe(before);
  });
});

describe('matching.confirm', () => {
  it('starts the mentoring period with a six-month default and moves the participant to active', async () => {
    const p = await demoProgramme();
    const { participantId, matchId } = await accepted(p);
    expect(await p.call('matching.confirm', { matchId, startOn: today, goals: 'Jobb som ingeniør' })).toEqual({ matchId, plannedEndOn: addMonths(today, 6) });
    expect(matchRow(p, matchId)).toMatchObject({ status: 'active', confirmedOn: today, startedOn: today, plannedEndOn: addMonths(today, 6), goals: 'Jobb som ingeniør' });
    expect(stageOf(p, participantId)).toBe('active');
    // Confirming again, or with a planned end before the start, is refused and changes nothing.
    const before = snapshot(p);
    expect(await p.api.call('matching.confirm', { matchId, startOn: today })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { from: 'active', event: 'confirm' } } });
    expect(await p.api.call('matching.confirm', { matchId: 'nothing', startOn: today })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(snapshot(p)).toBe(before);
  });

  it('takes a planned end, refuses one that is not after the start', async () => {
    const p = await demoProgramme();
    const { matchId, participantId } = await accepted(p);
    const before = snapshot(p);
    expect(await p.api.call('matching.confirm', { matchId, startOn: today, plannedEndOn: today })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { why: 'planned_end_not_after_start' } } });
    expect(snapshot(p)).toBe(before);
    await p.call('matching.confirm', { matchId, startOn: today, plannedEndOn: addMonths(today, 4) });
    expect(matchRow(p, matchId).plannedEndOn).toBe(addMonths(today, 4));
    expect(stageOf(p, participantId)).toBe('active');
  });
});

describe('matching.notAFit', () => {
  it('closes the match with the reason, excludes the pair and puts the participant back to ready', async () => {
    const p = await demoProgramme();
    const { participantId, mentorId, matchId } = await accepted(p);
    await p.call('matching.notAFit', { matchId, reason: 'Ulike forventninger' });
    expect(matchRow(p, matchId)).toMatchObject({ status: 'not_a_fit', endReason: 'Ulike forventninger', endedOn: today });
    expect(p.db().select().from(matchExclusions).where(eq(matchExclusions.participantId, participantId)).all()).toEqual([
      expect.objectContaining({ mentorId, kind: 'declined', reason: 'Ulike forventninger' }),
    ]);
    expect(stageOf(p, participantId)).toBe('ready');
    const again = await p.call('matching.suggest', { participantId, top: 50 });
    expect(again.length).toBeGreaterThan(0);
    expect(again.map((s) => s.mentorId)).not.toContain(mentorId);
    const before = snapshot(p);
    expect(await p.api.call('matching.notAFit', { matchId, reason: 'Igjen' })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { from: 'not_a_fit' } } });
    expect(snapshot(p)).toBe(before);
  });

  it('is refused for an active match and without a reason', async () => {
    const p = await demoProgramme();
    const { matchId } = await activeMatch(p);
    const before = snapshot(p);
    expect(await p.api.call('matching.notAFit', { matchId, reason: 'Nei' })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { from: 'active', event: 'notAFit' } } });
    expect(await p.api.call('matching.notAFit', { matchId, reason: '' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(snapshot(p)).toBe(before);
  });
});

describe('matching.end', () => {
  it('completes a match and the participant with it', async () => {
    const p = await demoProgramme();
    const { participantId, matchId } = await activeMatch(p);
    expect(await p.call('matching.end', { matchId, endedOn: today, outcome: 'completed' })).toEqual({ matchId, participantStage: 'completed' });
    expect(matchRow(p, matchId)).toMatchObject({ status: 'completed', endedOn: today, endReason: null });
    expect(stageOf(p, participantId)).toBe('completed');
    const before = snapshot(p);
    expect(await p.api.call('matching.end', { matchId, endedOn: today, outcome: 'completed' })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { from: 'completed' } } });
    expect(snapshot(p)).toBe(before);
  });

  it('ends early with a reason, leaving the stage unless asked to move it', async () => {
    const p = await demoProgramme();
    const first = await activeMatch(p);
    const before = snapshot(p);
    expect(await p.api.call('matching.end', { matchId: first.matchId, endedOn: today, outcome: 'ended_early' })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { why: 'reason_required' } } });
    expect(await p.api.call('matching.end', { matchId: first.matchId, endedOn: today, outcome: 'completed', participantStage: 'dropped_out' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('matching.end', { matchId: first.matchId, endedOn: addMonths(today, 1), outcome: 'completed' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(snapshot(p)).toBe(before);
    expect(await p.call('matching.end', { matchId: first.matchId, endedOn: today, outcome: 'ended_early', reason: 'Flyttet' })).toEqual({ matchId: first.matchId, participantStage: null });
    expect(matchRow(p, first.matchId)).toMatchObject({ status: 'ended_early', endReason: 'Flyttet' });
    expect(stageOf(p, first.participantId)).toBe('active');

    // The mentor's place is free again; a second match ended early moves the participant to avbrutt when asked.
    const second = await activeMatch(p);
    await p.call('matching.end', { matchId: second.matchId, endedOn: today, outcome: 'ended_early', reason: 'Sluttet i programmet', participantStage: 'dropped_out' });
    expect(stageOf(p, second.participantId)).toBe('dropped_out');
  });

  it("ends a demo programme's running matches: avsluttet, unless a placement still runs", async () => {
    const p = await demoProgramme();
    const running = await p.call('matching.list', { status: 'active' });
    const placed = new Set((await p.call('placements.list', { status: 'active' })).map((pl) => pl.participantId));
    const alone = running.find((m) => !placed.has(m.participantId));
    const both = running.find((m) => placed.has(m.participantId));
    expect(alone).toBeDefined();
    expect(stageOf(p, alone!.participantId)).toBe('active');
    expect(await p.call('matching.end', { matchId: alone!.id, endedOn: today, outcome: 'completed' })).toEqual({ matchId: alone!.id, participantStage: 'completed' });
    expect(stageOf(p, alone!.participantId)).toBe('completed');
    expect((await p.call('matching.list', { participantId: alone!.participantId })).find((m) => m.id === alone!.id)?.status).toBe('completed');
    if (both) {
      // Mentoring done, praksis still running: the participant stays aktiv.
      expect(await p.call('matching.end', { matchId: both.id, endedOn: today, outcome: 'completed' })).toEqual({ matchId: both.id, participantStage: null });
      expect(stageOf(p, both.participantId)).toBe('active');
    }
  });
});

describe('matching.addMeeting and matching.list', () => {
  it('logs meetings and check-ins of an active match only', async () => {
    const p = await demoProgramme();
    const intro = await accepted(p);
    const before = snapshot(p);
    expect(await p.api.call('matching.addMeeting', { matchId: intro.matchId, date: today, minutes: 60, topics: 'CV', kind: 'meeting' })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED' } });
    expect(snapshot(p)).toBe(before);

    await p.call('matching.confirm', { matchId: intro.matchId, startOn: today });
    const { meetingId } = await p.call('matching.addMeeting', { matchId: intro.matchId, date: today, minutes: 90, topics: 'CV og jobbsøknad', kind: 'meeting' });
    await p.call('matching.addMeeting', { matchId: intro.matchId, date: today, minutes: 30, topics: 'Halvveis', kind: 'midpoint' });
    expect(p.db().select().from(matchMeetings).where(eq(matchMeetings.id, meetingId)).get()).toMatchObject({ matchId: intro.matchId, metOn: today, minutes: 90, topics: 'CV og jobbsøknad', kind: 'meeting' });
    const [row] = await p.call('matching.list', { participantId: intro.participantId });
    expect(row).toMatchObject({ status: 'active', meetings: 2, lastMeetingOn: today, startedOn: today });

    const stable = snapshot(p);
    expect(await p.api.call('matching.addMeeting', { matchId: intro.matchId, date: '2020-01-01', kind: 'meeting' })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { why: 'before_start' } } });
    expect(await p.api.call('matching.addMeeting', { matchId: intro.matchId, date: today, minutes: -5, kind: 'meeting' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('matching.addMeeting', { matchId: intro.matchId, date: today, kind: 'coffee' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(snapshot(p)).toBe(stable);
  });

  it('filters by participant and status', async () => {
    const p = await demoProgramme();
    const all = await p.call('matching.list', {});
    expect(all.length).toBeGreaterThan(5);
    const active = await p.call('matching.list', { status: 'active' });
    expect(active.length).toBeGreaterThan(0);
    for (const m of active) expect(m.status).toBe('active');
    for (const m of all) expect(m.participantName.length + m.mentorName.length).toBeGreaterThanOrEqual(0);
    const one = all[0]!;
    for (const m of await p.call('matching.list', { participantId: one.participantId })) expect(m.participantId).toBe(one.participantId);
    expect(await p.api.call('matching.list', { status: 'maybe' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
  });
});
