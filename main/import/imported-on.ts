import { and, eq, gte, isNull, lt } from 'drizzle-orm';
import { stageChanges } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { nextDate, osloDayStart } from '../../shared/oslo-day.ts';

/** The reason of the first stage change an import writes for each participant (import-rows.ts). */
export const IMPORT_REASON = 'import';

/**
 * The participants a spreadsheet import created on the Oslo day `day` (YYYY-MM-DD): their first
 * stage change says 'import' and was recorded that day. Deltakere's "Importert i dag" filter.
 * The day is passed in (the handler reads the clock once), never read here.
 */
export function participantsImportedOn(db: KobleDb, day: string): string[] {
  return db
    .selectDistinct({ id: stageChanges.participantId })
    .from(stageChanges)
    .where(
      and(
        isNull(stageChanges.fromStage),
        eq(stageChanges.reason, IMPORT_REASON),
        gte(stageChanges.recordedAt, osloDayStart(day)),
        lt(stageChanges.recordedAt, osloDayStart(nextDate(day))),
      ),
    )
    .all()
    .map((row) => row.id);
}
