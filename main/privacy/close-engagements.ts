import { and, eq, inArray } from 'drizzle-orm';
import { matches, placements } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { followParticipantStage, MATCH_STAGE_REASON } from '../matching/lifecycle/participant-stage.ts';
import { closeForErasure, ERASED_END_REASON, stageAfter } from '../matching/lifecycle/transitions.ts';
import { placementCloseForErasure } from '../placements/rules.ts';
import type { PersonRecord } from './person.ts';
import { osloDate } from '../../shared/oslo-day.ts';

export type ClosedCounts = { matchesClosed: number; placementsClosed: number };

/**
 * Closes what the erased person still had open, on the erasure day, with the neutral reason
 * 'erased' (transitions.ts closeForErasure, placements/rules.ts placementCloseForErasure): open
 * matches (so the mentor's place is free again) and, for a participant, open placements. Runs
 * after the free text is blanked, inside the erasure's transaction; writes only statuses, dates
 * and the reason code. Statuses and dates stay for the funder reports.
 *
 * For an erased mentor the participant, who is still in the programme, follows as
 * matching.notAFit / matching.end would move them: back to klar for kobling from koblingsmøte, and
 * left as they are when the mentoring ends early. An erased participant's own stage is kept.
 */
export function closeOpenEngagements(db: KobleDb, person: PersonRecord, staffId: string | null, at: string): ClosedCounts {
  const on = osloDate(at);
  const own = person.kind === 'participant' ? eq(matches.participantId, person.id) : eq(matches.mentorId, person.id);
  const open = db
    .select()
    .from(matches)
    .where(and(own, inArray(matches.status, ['proposed', 'intro_meeting', 'active'])))
    .all();
  // A participant erased earlier (a file from before erasure closed matches) is not moved.
  const erasedStmt = prepared(db, 'select erased_at is not null as erased from participants where id = ?');
  const erased = { get: (id: string) => (erasedStmt.get(id) as { erased: number } | undefined)?.erased === 1 };
  let matchesClosed = 0;
  for (const match of open) {
    const patch = closeForErasure(match, on);
    if (!patch) continue;
    db.update(matches).set({ ...patch, updatedAt: at }).where(eq(matches.id, match.id)).run();
    recordAudit(db, {
      at,
      staffId,
      action: 'update',
      entity: 'matches',
      entityId: match.id,
      details: { personId: match.participantId, mentorId: match.mentorId, from: match.status, to: patch.status, fields: Object.keys(patch), reason: ERASED_END_REASON },
    });
    matchesClosed++;
    if (person.kind === 'mentor' && !erased.get(match.participantId)) {
      followParticipantStage(db, { participantId: match.participantId, wanted: stageAfter(patch.status), effectiveOn: on, reason: MATCH_STAGE_REASON, changed: { matchId: match.id } }, staffId);
    }
  }

  let placementsClosed = 0;
  if (person.kind === 'participant') {
    const running = db
      .select()
      .from(placements)
      .where(and(eq(placements.participantId, person.id), inArray(placements.status, ['planned', 'active'])))
      .all();
    for (const placement of running) {
      const close = placementCloseForErasure(placement, on);
      if (!close) continue;
      db.update(placements).set({ ...close, endReason: ERASED_END_REASON, updatedAt: at }).where(eq(placements.id, placement.id)).run();
      recordAudit(db, {
        at,
        staffId,
        action: 'update',
        entity: 'placements',
        entityId: placement.id,
        details: { personId: person.id, from: placement.status, to: close.status, fields: ['status', 'endedOn', 'endReason'], reason: ERASED_END_REASON },
      });
      placementsClosed++;
    }
  }
  return { matchesClosed, placementsClosed };
}
