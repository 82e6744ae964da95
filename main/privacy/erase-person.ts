import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import {
  mailOutbox,
  consents,
  followUps,
  hours,
  matchExclusions,
  matches,
  matchMeetings,
  mentors,
  outcomes,
  participants,
  placements,
  progressionForms,
  stageChanges,
  syncConflicts,
  conflictPersonKey,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { closeOpenEngagements } from './close-engagements.ts';
import { osloDate } from '../../shared/oslo-day.ts';
import { ERASED_END_REASON } from '../matching/lifecycle/transitions.ts';
import type { Stage } from '../../db/schema/stages.ts';
import { anonymousBreakdown, MENTOR_COLUMNS, PARTICIPANT_COLUMNS, RELATED_RULES, removedColumns, stubPatch } from './erasure-rules.ts';
import type { PersonRecord } from './person.ts';

export type ErasureCounts = { consentsDeleted: number; rowsBlanked: number; matchesClosed: number; placementsClosed: number };

/**
 * Sets the columns to null, except a value that is the erasure's own neutral reason code
 * ('erased', written by closing engagements and leaving the programme), so blanking again later
 * (sync re-applies an erasure to rows that arrive after it) leaves the erasure's own rows alone.
 */
function blank<T extends SQLiteTable>(db: KobleDb, table: T, columns: readonly string[], where: SQL, at: string): number {
  if (columns.length === 0) return 0;
  const columnOf = (name: string) => (table as unknown as Record<string, SQLiteColumn>)[name]!;
  const set: Record<string, unknown> = Object.fromEntries(columns.map((column) => [column, sql`case when ${columnOf(column)} = ${ERASED_END_REASON} then ${columnOf(column)} else null end`]));
  // The erasure's instant, not the clock's: blanking again later writes the same row on every laptop.
  if ('updatedAt' in table) set.updatedAt = at;
  return db.update(table).set(set as SQLiteUpdateSetSource<T>).where(where).run().changes;
}

/**
 * Sharing between laptops records, for a field both laptops wrote, the two values in the conflict
 * list (sync_conflicts.detail, with the people the row is about): the erasure wipes them, so no
 * old value of the person survives in a conflict to review (main/sync/conflict-values.ts).
 */
function forgetConflictValues(db: KobleDb, person: Pick<PersonRecord, 'kind' | 'id'>): void {
  const key = conflictPersonKey(person.kind, person.id);
  db.update(syncConflicts)
    .set({ detail: null })
    .where(sql`${syncConflicts.detail} is not null and exists (select 1 from json_each(case when json_valid(${syncConflicts.detail}) then ${syncConflicts.detail} else '{}' end, '$.people') where value = ${key})`)
    .run();
}

/** Stages a participant can be erased from without having left the programme. */
const STAGES_STILL_IN_PROGRAMME: readonly Stage[] = ['registered', 'assessed', 'ready', 'intro_meeting', 'active', 'waiting_list'];

/**
 * An erased participant who was still in the programme leaves it on the erasure day: one dated
 * stage change to avbrutt (reason code 'erased'), so the stage history, which the dashboard and
 * the funder reports replay, does not count the stub as active for ever after.
 */
function leaveProgramme(db: KobleDb, participantId: string, staffId: string | null, at: string): void {
  const row = db.select({ stage: participants.stage }).from(participants).where(eq(participants.id, participantId)).get();
  if (!row || !STAGES_STILL_IN_PROGRAMME.includes(row.stage)) return;
  const on = osloDate(at);
  db.insert(stageChanges).values({ participantId, fromStage: row.stage, stage: 'dropped_out', reason: ERASED_END_REASON, effectiveOn: on, recordedAt: at, staffId }).run();
  db.update(participants).set({ stage: 'dropped_out', stageChangedOn: on }).where(eq(participants.id, participantId)).run();
}

/**
 * Turns the person into an anonymous stub and strips free text from their rows elsewhere, by
 * the rules in erasure-rules.ts, then closes their open matches and placements on the erasure day
 * (close-engagements.ts) so a mentor's place is freed and nothing stays open to write to. No transaction of its own: the caller wraps one person or a bulk
 * run in one. Writes an 'erase' audit entry with the removed field names, never values.
 */
/**
 * Everything erasure removes from the person and their rows elsewhere, by the rules in
 * erasure-rules.ts: the stub patch (with `erasedAt` as the erasure's instant), blanked free text,
 * anonymous score breakdowns, deleted consents. Idempotent: running it again on an erased person
 * changes only rows that arrived since (main/sync re-applies it after a pull).
 */
export function blankPersonData(db: KobleDb, person: Pick<PersonRecord, 'kind' | 'id'>, erasedAt: string): { rowsBlanked: number; consentsDeleted: number } {
  let rowsBlanked = 0;
  const add = (n: number) => (rowsBlanked += n);
  const r = RELATED_RULES;
  const ownMatches = person.kind === 'participant' ? eq(matches.participantId, person.id) : eq(matches.mentorId, person.id);
  const matchIds = db.select({ id: matches.id, breakdown: matches.scoreBreakdown }).from(matches).where(ownMatches).all();

  if (person.kind === 'participant') {
    db.update(participants).set(stubPatch(PARTICIPANT_COLUMNS, erasedAt)).where(eq(participants.id, person.id)).run();
    add(blank(db, stageChanges, r.stageChanges.columns, eq(stageChanges.participantId, person.id), erasedAt));
    add(blank(db, followUps, r.followUps.columns, eq(followUps.participantId, person.id), erasedAt));
    add(blank(db, matchExclusions, r.matchExclusions.columns, eq(matchExclusions.participantId, person.id), erasedAt));
    add(blank(db, placements, r.placements.columns, eq(placements.participantId, person.id), erasedAt));
    add(blank(db, outcomes, r.outcomes.columns, eq(outcomes.participantId, person.id), erasedAt));
    add(blank(db, progressionForms, r.progressionForms.columns, eq(progressionForms.participantId, person.id), erasedAt));
  } else {
    db.update(mentors).set(stubPatch(MENTOR_COLUMNS, erasedAt)).where(eq(mentors.id, person.id)).run();
    add(blank(db, followUps, r.followUps.columns, eq(followUps.mentorId, person.id), erasedAt));
    add(blank(db, matchExclusions, r.matchExclusions.columns, eq(matchExclusions.mentorId, person.id), erasedAt));
    add(blank(db, hours, r.hours.columns, eq(hours.mentorId, person.id), erasedAt));
  }

  add(blank(db, matches, r.matches.columns, ownMatches, erasedAt));
  for (const match of matchIds) {
    if (match.breakdown) db.update(matches).set({ scoreBreakdown: anonymousBreakdown(match.breakdown), updatedAt: erasedAt }).where(eq(matches.id, match.id)).run();
  }
  if (matchIds.length > 0) {
    add(blank(db, matchMeetings, r.matchMeetings.columns, inArray(matchMeetings.matchId, matchIds.map((m) => m.id)), erasedAt));
  }

  const ownMessages = person.kind === 'participant' ? eq(mailOutbox.participantId, person.id) : eq(mailOutbox.mentorId, person.id);
  add(blank(db, mailOutbox, r.mailOutbox.columns, ownMessages, erasedAt));
  db.update(mailOutbox).set({ status: 'failed', error: 'erased' }).where(and(ownMessages, inArray(mailOutbox.status, ['queued', 'failed']))).run();
  forgetConflictValues(db, person);
  const consentsDeleted = db
    .delete(consents)
    .where(person.kind === 'participant' ? eq(consents.participantId, person.id) : eq(consents.mentorId, person.id))
    .run().changes;
  return { rowsBlanked, consentsDeleted };
}

/**
 * Turns the person into an anonymous stub and strips free text from their rows elsewhere
 * (blankPersonData), then closes their open matches and placements on the erasure day
 * (close-engagements.ts) so a mentor's place is freed and nothing stays open to write to. No transaction of its own: the caller wraps one person or a bulk
 * run in one. Writes an 'erase' audit entry with the removed field names, never values.
 */
export function erasePersonRows(db: KobleDb, person: PersonRecord, staffId: string | null, at: string): ErasureCounts {
  const { rowsBlanked, consentsDeleted } = blankPersonData(db, person, at);
  if (person.kind === 'participant') leaveProgramme(db, person.id, staffId, at);

  // After the blanking: closing writes only statuses, dates and the neutral reason code.
  const { matchesClosed, placementsClosed } = closeOpenEngagements(db, person, staffId, at);

  recordAudit(db, {
    at,
    staffId,
    action: 'erase',
    entity: person.kind === 'participant' ? 'participants' : 'mentors',
    entityId: person.id,
    details: { fields: removedColumns(person.kind === 'participant' ? PARTICIPANT_COLUMNS : MENTOR_COLUMNS), consentsDeleted, rowsBlanked, matchesClosed, placementsClosed },
  });
  return { consentsDeleted, rowsBlanked, matchesClosed, placementsClosed };
}
