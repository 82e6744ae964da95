import { eq } from 'drizzle-orm';
import { KobleError } from '../../../db/errors.ts';
import { matches, type MatchMeetingKind } from '../../../db/schema/index.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { prepared } from '../../../db/sqlite-client.ts';
import { loadMatch, loadWritableMatch } from './match-lifecycle.ts';
import { applyMatchEdit, type MatchEdit } from './transitions.ts';

/** Applies an edit that keeps the status (MATCHING_TRANSITION_REFUSED when the match is not in the status the edit is for; PRIVACY_ALREADY_ERASED for an erased person's match). */
function edit(db: KobleDb, matchId: string, change: MatchEdit, staffId: string | null): { matchId: string } {
  return db.transaction(() => {
    const match = loadWritableMatch(db, matchId);
    const result = applyMatchEdit({ status: match.status, introMeetingAt: match.introMeetingAt, startedOn: match.startedOn }, change);
    if (!result.ok) {
      throw new KobleError('MATCHING_TRANSITION_REFUSED', `A ${match.status} match cannot take "${change.kind}" (${result.why})`, {
        matchId: match.id,
        from: result.from,
        event: result.event,
        why: result.why,
      });
    }
    db.update(matches)
      .set({ ...result.patch, updatedAt: new Date().toISOString() })
      .where(eq(matches.id, match.id))
      .run();
    recordAudit(db, { staffId, action: 'update', entity: 'matches', entityId: match.id, details: { personId: match.participantId, mentorId: match.mentorId, fields: Object.keys(result.patch) } });
    return { matchId: match.id };
  });
}

/** `matching.bookIntroMeeting`: books or moves the koblingsmøte (date or date and time, place) of a match at that stage. */
export function bookIntroMeeting(db: KobleDb, input: { matchId: string; introMeetingAt: string | null; introMeetingPlace: string | null }, staffId: string | null) {
  return edit(db, input.matchId, { kind: 'reschedule', introMeetingAt: input.introMeetingAt, introMeetingPlace: input.introMeetingPlace }, staffId);
}

/** `matching.update`: the goals and the planned end of a running mentoring period. */
export function updateActiveMatch(db: KobleDb, input: { matchId: string; goals?: string | null | undefined; plannedEndOn?: string | undefined }, staffId: string | null) {
  return edit(db, input.matchId, { kind: 'update', goals: input.goals, plannedEndOn: input.plannedEndOn }, staffId);
}

export type MatchMeetingRow = { id: string; metOn: string; minutes: number | null; topics: string | null; kind: MatchMeetingKind; note: string | null; staffName: string | null };

/** `matching.meetings`: a match's meeting log and check-ins, newest first. */
export function listMeetings(db: KobleDb, matchId: string): MatchMeetingRow[] {
  loadMatch(db, matchId);
  return prepared(
    db,
    `select mm.id, mm.met_on as metOn, mm.minutes, mm.topics, mm.kind, mm.note, s.name as staffName
     from match_meetings mm left join staff s on s.id = mm.staff_id
     where mm.match_id = ? order by mm.met_on desc, mm.created_at desc, mm.id`,
  ).all(matchId) as MatchMeetingRow[];
}
