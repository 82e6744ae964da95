import { stageChanges, type Stage } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { sqliteOf } from '../../db/sqlite-client.ts';
import { KobleError } from '../../db/errors.ts';
import { recordAuditEntries } from '../people/audit-entries.ts';
import { checkMove, type CurrentStage } from './move-rules.ts';

export type MoveInput = { ids: readonly string[]; stage: Stage; reason: string | null; effectiveOn: string };

function currentStages(db: KobleDb, ids: readonly string[]): Map<string, CurrentStage> {
  const rows = sqliteOf(db)
    .prepare(
      `select id, stage, stage_changed_on as stageChangedOn, erased_at is not null as erased
       from participants where id in (select value from json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: string; stage: Stage; stageChangedOn: string; erased: number }[];
  return new Map(rows.map((r) => [r.id, { ...r, erased: r.erased === 1 }]));
}

/**
 * Moves everyone in `ids` to `stage` in one transaction: a dated, attributed stage_changes row
 * each, the participant's stage and stage date, and an audit entry each. If any one move is
 * refused (PIPELINE_TRANSITION_REFUSED, details: { id, from, to, why } per refusal), nothing moves.
 */
export function moveStages(db: KobleDb, input: MoveInput, staffId: string | null): number {
  const ids = [...new Set(input.ids)];
  return db.transaction((tx) => {
    const current = currentStages(db, ids);
    const refusals = checkMove({ ids, current, to: input.stage, reason: input.reason, effectiveOn: input.effectiveOn });
    if (refusals.length > 0) {
      throw new KobleError('PIPELINE_TRANSITION_REFUSED', `${refusals.length} of ${ids.length} cannot be moved to ${input.stage}`, refusals);
    }
    const recordedAt = new Date().toISOString();
    const rows = ids.map((id) => ({
      participantId: id,
      fromStage: current.get(id)!.stage,
      stage: input.stage,
      reason: input.reason,
      effectiveOn: input.effectiveOn,
      recordedAt,
      staffId,
    }));
    for (let i = 0; i < rows.length; i += 500) tx.insert(stageChanges).values(rows.slice(i, i + 500)).run();
    const updated = sqliteOf(db)
      .prepare(
        `update participants set stage = ?, stage_changed_on = ?, updated_at = ?
         where id in (select value from json_each(?)) and erased_at is null`,
      )
      .run(input.stage, input.effectiveOn, recordedAt, JSON.stringify(ids));
    if (updated.changes !== ids.length) throw new KobleError('API_CONFLICT', 'The pipeline changed while moving; nothing was moved');
    recordAuditEntries(
      tx,
      ids.map((id) => ({
        staffId,
        action: 'update' as const,
        entity: 'participants',
        entityId: id,
        details: { fields: ['stage'], bulk: ids.length },
      })),
    );
    return ids.length;
  });
}
