import type { Stay } from '../dashboard/counts.ts';
import type { Stage } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { prepared } from '../../db/sqlite-client.ts';
import type { StageEvent } from '../pipeline/replay.ts';
import { EXITED_STAGES } from './due.ts';

/**
 * The dated stage history up to a date, in pipeline order (participant, effective date, then
 * recorded), read in one scan of its index as plain arrays (20,000 people have over 100,000
 * changes). Erased people are left out. Consecutive entries with the same id are one person's.
 */
export type Histories = { ids: string[]; stages: Stage[]; dates: string[] };

export function loadHistories(db: KobleDb, asOf: string): Histories {
  const erased = new Set(prepared(db, 'select id from participants where erased_at is not null').pluck().all() as string[]);
  const rows = prepared(db, 'select participant_id, stage, effective_on from stage_changes where effective_on <= ? order by participant_id, effective_on, recorded_at')
    .raw()
    .all(asOf) as [string, Stage, string][];
  const h: Histories = { ids: [], stages: [], dates: [] };
  for (const [id, stage, on] of rows) {
    if (erased.size > 0 && erased.has(id)) continue;
    h.ids.push(id);
    h.stages.push(stage);
    h.dates.push(on);
  }
  return h;
}

/** Every stay up to the date: from a change to the person's next change (null: still there). */
export function staysOf(h: Histories): Stay[] {
  const stays: Stay[] = new Array(h.ids.length);
  for (let i = 0; i < h.ids.length; i++) {
    stays[i] = { stage: h.stages[i]!, from: h.dates[i]!, to: h.ids[i + 1] === h.ids[i] ? h.dates[i + 1]! : null };
  }
  return stays;
}

/** The full history of each person whose last change by the date is an exit stage (for exitFromHistory). */
export function exitHistoriesOf(h: Histories): Map<string, StageEvent[]> {
  const result = new Map<string, StageEvent[]>();
  let start = 0;
  for (let i = 0; i < h.ids.length; i++) {
    if (h.ids[i + 1] === h.ids[i]) continue;
    if (EXITED_STAGES.includes(h.stages[i]!)) {
      const history: StageEvent[] = [];
      // recordedAt stands in for the order the scan gave (it only breaks ties of the same date).
      for (let j = start; j <= i; j++) history.push({ participantId: h.ids[j]!, stage: h.stages[j]!, effectiveOn: h.dates[j]!, recordedAt: String(j - start).padStart(6, '0') });
      result.set(h.ids[i]!, history);
    }
    start = i + 1;
  }
  return result;
}
