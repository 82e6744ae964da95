import { eq } from 'drizzle-orm';
import { KobleError } from '../../../db/errors.ts';
import { matchExclusions, matches, matchMeetings, type Match, type MatchMeetingKind, type MatchStatus, type Stage } from '../../../db/schema/index.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { prepared } from '../../../db/sqlite-client.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { exclusionsFor, mentorFacts, pairKey, participantFacts } from '../facts.ts';
import { namesFor, type MatchingLanguage } from '../names.ts';
import { scorePair, type ExclusionReason } from '../score.ts';
import { refuseErased } from './erased.ts';
import { followParticipantStage, MATCH_STAGE_REASON } from './participant-stage.ts';
import { applyMatchEvent, stageAfter, type MatchEvent } from './transitions.ts';

export { MATCH_STAGE_REASON } from './participant-stage.ts';

const minDate = (a: string, b: string) => (a < b ? a : b);

function notAllowed(message: string, details: { participantId: string; mentorId: string; reasons: readonly (ExclusionReason | 'openMatch')[] }): KobleError {
  return new KobleError('MATCHING_NOT_ALLOWED', message, details);
}

export function loadMatch(db: KobleDb, matchId: string): Match {
  const match = db.select().from(matches).where(eq(matches.id, matchId)).get();
  if (!match) throw new KobleError('API_NOT_FOUND', 'No such match', { id: matchId });
  return match;
}

/** A match to write to: refused (PRIVACY_ALREADY_ERASED) when its participant or mentor has been erased. */
export function loadWritableMatch(db: KobleDb, matchId: string): Match {
  const match = loadMatch(db, matchId);
  refuseErased(db, match);
  return match;
}

/** The participant's stage follows the match (participant-stage.ts: a placement running at the same time is respected). */
function followStage(db: KobleDb, match: Pick<Match, 'id' | 'participantId'>, stage: Stage | null, effectiveOn: string, staffId: string | null): Stage | null {
  return followParticipantStage(db, { participantId: match.participantId, wanted: stage, effectiveOn, reason: MATCH_STAGE_REASON, changed: { matchId: match.id } }, staffId);
}

/** Applies one lifecycle event to a stored match (MATCHING_TRANSITION_REFUSED when the state machine says no). */
function transition(db: KobleDb, match: Match, event: MatchEvent, staffId: string | null) {
  const result = applyMatchEvent({ status: match.status, introMeetingAt: match.introMeetingAt, startedOn: match.startedOn }, event);
  if (!result.ok) {
    throw new KobleError('MATCHING_TRANSITION_REFUSED', `A ${match.status} match cannot take "${event.kind}" (${result.why})`, {
      matchId: match.id,
      from: result.from,
      event: result.event,
      why: result.why,
    });
  }
  const { patch } = result;
  db.update(matches)
    .set({ ...patch, updatedAt: new Date().toISOString() })
    .where(eq(matches.id, match.id))
    .run();
  recordAudit(db, { staffId, action: 'update', entity: 'matches', entityId: match.id, details: { personId: match.participantId, mentorId: match.mentorId, from: match.status, to: patch.status, fields: Object.keys(patch) } });
  return patch;
}

/** A declined pair: never suggested or planned again. Keeps an existing exclusion (a manual "never" stays "never"). */
function excludePair(db: KobleDb, participantId: string, mentorId: string, reason: string, staffId: string | null): string {
  const existing = prepared(db, 'select id from match_exclusions where participant_id = ? and mentor_id = ?').get(participantId, mentorId) as { id: string } | undefined;
  if (existing) return existing.id;
  const [row] = db.insert(matchExclusions).values({ participantId, mentorId, kind: 'declined', reason, staffId }).returning({ id: matchExclusions.id }).all();
  recordAudit(db, { staffId, action: 'create', entity: 'match_exclusions', entityId: row!.id, details: { kind: 'declined', personId: participantId, participantId, mentorId } });
  return row!.id;
}

export type AcceptInput = { participantId: string; mentorId: string; introMeetingOn?: string | undefined; introMeetingPlace?: string | null | undefined; language?: MatchingLanguage };

/**
 * `matching.accept`: the pair is scored again now (main/matching/score.ts) and refused
 * (MATCHING_NOT_ALLOWED, details.reasons) if excluded, the mentor is inactive or full, a must-have
 * is not met, or the participant already has an open match. Otherwise, in one transaction: the
 * match with its score and breakdown, status intro_meeting, the participant's stage →
 * intro_meeting (reason "kobling"), audit entries.
 */
export function acceptMatch(db: KobleDb, input: AcceptInput, staffId: string | null, today: string): { matchId: string } {
  return db.transaction(() => {
    refuseErased(db, input);
    const participant = participantFacts(db, input.participantId);
    if (!participant || participant.erased) throw new KobleError('API_NOT_FOUND', 'No such participant', { id: input.participantId });
    const [mentor] = mentorFacts(db, { id: input.mentorId });
    if (!mentor) throw new KobleError('API_NOT_FOUND', 'No such mentor', { id: input.mentorId });
    const { matchingWeights } = readProgrammeSettings(db);
    const exclusion = exclusionsFor(db, [participant.id]).get(pairKey(participant.id, mentor.id)) ?? null;
    const { score, excludedBy, breakdown } = scorePair(participant, mentor, matchingWeights, namesFor(input.language ?? 'nb'), {
      exclusion,
      participantMatched: participant.openMatches > 0,
    });
    if (score === null) throw notAllowed(`This pair cannot be matched: ${excludedBy.join(', ')}`, { participantId: participant.id, mentorId: mentor.id, reasons: excludedBy });

    const [row] = db
      .insert(matches)
      .values({ participantId: participant.id, mentorId: mentor.id, status: 'proposed', score, scoreBreakdown: breakdown, proposedOn: today, staffId })
      .returning()
      .all();
    recordAudit(db, { staffId, action: 'create', entity: 'matches', entityId: row!.id, details: { personId: participant.id, participantId: participant.id, mentorId: mentor.id, score } });
    const patch = transition(db, row!, { kind: 'book', introMeetingOn: input.introMeetingOn ?? null, introMeetingPlace: input.introMeetingPlace ?? null }, staffId);
    followStage(db, row!, stageAfter(patch.status), today, staffId);
    return { matchId: row!.id };
  });
}

/**
 * `matching.decline`: the pair becomes a match_exclusions row of kind "declined" with the reason,
 * so suggest and plan never offer it again. Refused when the pair has an open match (use notAFit).
 */
export function declinePair(db: KobleDb, input: { participantId: string; mentorId: string; reason: string }, staffId: string | null): { exclusionId: string } {
  return db.transaction(() => {
    refuseErased(db, input);
    const participant = participantFacts(db, input.participantId);
    if (!participant || participant.erased) throw new KobleError('API_NOT_FOUND', 'No such participant', { id: input.participantId });
    if (mentorFacts(db, { id: input.mentorId }).length === 0) throw new KobleError('API_NOT_FOUND', 'No such mentor', { id: input.mentorId });
    const open = prepared(db, `select count(*) as n from matches where participant_id = ? and mentor_id = ? and status in ('proposed', 'intro_meeting', 'active')`).get(
      input.participantId,
      input.mentorId,
    ) as { n: number };
    if (open.n > 0) throw notAllowed('This pair has an open match; end it or mark it not a fit', { participantId: input.participantId, mentorId: input.mentorId, reasons: ['openMatch'] });
    return { exclusionId: excludePair(db, input.participantId, input.mentorId, input.reason, staffId) };
  });
}

/** `matching.confirm`: intro_meeting → active (planned end defaults to start + 6 months); the participant → active. */
export function confirmMatch(
  db: KobleDb,
  input: { matchId: string; startOn: string; plannedEndOn?: string | undefined; goals?: string | null | undefined },
  staffId: string | null,
  today: string,
): { matchId: string; plannedEndOn: string } {
  return db.transaction(() => {
    const match = loadWritableMatch(db, input.matchId);
    const patch = transition(db, match, { kind: 'confirm', confirmedOn: today, startOn: input.startOn, plannedEndOn: input.plannedEndOn ?? null, goals: input.goals ?? null }, staffId);
    followStage(db, match, stageAfter(patch.status), minDate(input.startOn, today), staffId);
    return { matchId: match.id, plannedEndOn: patch.plannedEndOn! };
  });
}

/** `matching.notAFit`: intro_meeting → not_a_fit with the reason, the pair excluded as declined, the participant back to ready. */
export function markNotAFit(db: KobleDb, input: { matchId: string; reason: string }, staffId: string | null, today: string): { matchId: string } {
  return db.transaction(() => {
    const match = loadWritableMatch(db, input.matchId);
    const patch = transition(db, match, { kind: 'notAFit', on: today, reason: input.reason }, staffId);
    excludePair(db, match.participantId, match.mentorId, input.reason, staffId);
    followStage(db, match, stageAfter(patch.status), today, staffId);
    return { matchId: match.id };
  });
}

/** What `matching.end` may do to the participant's stage for an early end; by default it is left alone. */
export const END_EARLY_STAGES = ['dropped_out', 'completed'] as const;

/**
 * `matching.end`: active → completed (the participant → completed) or ended_early (reason
 * required; the participant's stage stays unless participantStage says dropped_out or completed:
 * an early end of the mentoring does not by itself say whether the person goes on, e.g. with a
 * placement).
 */
export function endMatch(
  db: KobleDb,
  input: { matchId: string; endedOn: string; outcome: 'completed' | 'ended_early'; reason?: string | null | undefined; participantStage?: (typeof END_EARLY_STAGES)[number] | undefined },
  staffId: string | null,
): { matchId: string; participantStage: Stage | null } {
  return db.transaction(() => {
    const match = loadWritableMatch(db, input.matchId);
    const patch = transition(db, match, { kind: 'end', endedOn: input.endedOn, outcome: input.outcome, reason: input.reason ?? null }, staffId);
    const stage = input.outcome === 'completed' ? stageAfter(patch.status) : (input.participantStage ?? null);
    const moved = followStage(db, match, stage, input.endedOn, staffId);
    return { matchId: match.id, participantStage: moved };
  });
}

/** `matching.addMeeting`: a meeting or check-in of an active match, on or after its start. */
export function addMeeting(
  db: KobleDb,
  input: { matchId: string; date: string; minutes?: number | null | undefined; topics?: string | null | undefined; kind: MatchMeetingKind },
  staffId: string | null,
): { meetingId: string } {
  return db.transaction(() => {
    const match = loadWritableMatch(db, input.matchId);
    if (match.status !== 'active') {
      throw new KobleError('MATCHING_TRANSITION_REFUSED', `Meetings are logged for active matches, not ${match.status}`, { matchId: match.id, from: match.status, event: 'addMeeting', why: 'transition_not_allowed' });
    }
    if (match.startedOn && input.date < match.startedOn) {
      throw new KobleError('MATCHING_TRANSITION_REFUSED', 'The meeting is before the mentoring period started', { matchId: match.id, from: match.status, event: 'addMeeting', why: 'before_start' });
    }
    const [row] = db
      .insert(matchMeetings)
      .values({ matchId: match.id, metOn: input.date, minutes: input.minutes ?? null, topics: input.topics ?? null, kind: input.kind, staffId })
      .returning({ id: matchMeetings.id })
      .all();
    recordAudit(db, { staffId, action: 'create', entity: 'match_meetings', entityId: row!.id, details: { personId: match.participantId, matchId: match.id, kind: input.kind } });
    return { meetingId: row!.id };
  });
}

export type MatchListRow = {
  id: string;
  participantId: string;
  participantName: string;
  mentorId: string;
  mentorName: string;
  status: MatchStatus;
  score: number | null;
  proposedOn: string | null;
  introMeetingAt: string | null;
  introMeetingPlace: string | null;
  confirmedOn: string | null;
  startedOn: string | null;
  plannedEndOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  goals: string | null;
  meetings: number;
  lastMeetingOn: string | null;
};

/** `matching.list`: matches with both names, newest first; optionally one participant's or one status. */
export function listMatches(db: KobleDb, filter: { participantId?: string | undefined; status?: MatchStatus | undefined }): MatchListRow[] {
  const sql = `
select x.id, x.participant_id as participantId, trim(p.first_name || ' ' || p.last_name) as participantName,
       x.mentor_id as mentorId, trim(m.first_name || ' ' || m.last_name) as mentorName, x.status, x.score,
       x.proposed_on as proposedOn, x.intro_meeting_at as introMeetingAt, x.intro_meeting_place as introMeetingPlace,
       x.confirmed_on as confirmedOn, x.started_on as startedOn, x.planned_end_on as plannedEndOn, x.ended_on as endedOn,
       x.end_reason as endReason, x.goals,
       (select count(*) from match_meetings mm where mm.match_id = x.id) as meetings,
       (select max(mm.met_on) from match_meetings mm where mm.match_id = x.id) as lastMeetingOn
from matches x
join participants p on p.id = x.participant_id
join mentors m on m.id = x.mentor_id
where (@participantId is null or x.participant_id = @participantId) and (@status is null or x.status = @status)
order by coalesce(x.started_on, x.proposed_on, x.created_at) desc, x.created_at desc, x.id`;
  return prepared(db, sql).all({ participantId: filter.participantId ?? null, status: filter.status ?? null }) as MatchListRow[];
}
