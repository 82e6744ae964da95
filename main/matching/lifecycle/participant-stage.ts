import type { Stage } from '../../../db/schema/index.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { prepared } from '../../../db/sqlite-client.ts';
import { moveStages } from '../../pipeline/move-stages.ts';
import { stageToFollow } from './transitions.ts';

/** The reason written on the stage changes a match or a placement makes (stage_changes.reason). */
export const MATCH_STAGE_REASON = 'kobling';
export const PLACEMENT_STAGE_REASON = 'praksis';

/** The engagement that changed, left out when asking whether anything else still runs. */
export type ChangedEngagement = { matchId?: string; placementId?: string };

/** True when the participant has a running mentoring period or placement other than `changed`. */
export function otherEngagementRunning(db: KobleDb, participantId: string, changed: ChangedEngagement): boolean {
  const row = prepared(
    db,
    `select
       exists(select 1 from matches where participant_id = @p and status = 'active' and id <> @m)
       or exists(select 1 from placements where participant_id = @p and status = 'active' and id <> @pl) as running`,
  ).get({ p: participantId, m: changed.matchId ?? '', pl: changed.placementId ?? '' }) as { running: number };
  return row.running === 1;
}

/**
 * Moves the participant to the stage the changed match or placement implies (stageToFollow),
 * through the pipeline's own move (stage_changes row, audit, its rules). The change takes effect
 * on `effectiveOn`, but never before the current stage began. Returns the new stage, or null when
 * the stage stays. A refused move (PIPELINE_TRANSITION_REFUSED) throws and undoes the caller's
 * transaction.
 */
export function followParticipantStage(
  db: KobleDb,
  input: { participantId: string; wanted: Stage | null; effectiveOn: string; reason: string; changed: ChangedEngagement },
  staffId: string | null,
): Stage | null {
  if (input.wanted === null) return null;
  const current = prepared(db, 'select stage, stage_changed_on as since from participants where id = ?').get(input.participantId) as { stage: Stage; since: string } | undefined;
  if (!current) return null;
  const next = stageToFollow(current.stage, input.wanted, otherEngagementRunning(db, input.participantId, input.changed));
  if (next === null) return null;
  const effectiveOn = input.effectiveOn < current.since ? current.since : input.effectiveOn;
  moveStages(db, { ids: [input.participantId], stage: next, reason: input.reason, effectiveOn }, staffId);
  return next;
}
