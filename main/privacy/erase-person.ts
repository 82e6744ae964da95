import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
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
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { closeOpenEngagements } from './close-engagements.ts';
import { osloDate } from '../calendar/oslo-day.ts';
import { ERASED_END_REASON } from '../matching/lifecycle/transitions.ts';
import type { Stage } from '../../db/schema/stages.ts';
import { anonymousBreakdown, MENTOR_COLUMNS, PARTICIPANT_COLUMNS, RELATED_RULES, removedColumns, stubPatch } from './erasure-rules.ts';
import type { PersonRecord } from './person.ts';

export type ErasureCounts = { consentsDeleted: number; rowsBlanked: number; matchesClosed: number; placementsClosed: number };

function blank<T extends SQLiteTable>(db: KobleDb, table: T, columns: readonly string[], where: SQL): number {
  if (columns.length === 0) return 0;
  const set = Object.fromEntries(columns.map((column) => [column, null])) as SQLiteUpdateSetSource<T>;
  return db.update(table).set(set).where(where).run().changes;
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
export function erasePersonRows(db: KobleDb, person: PersonRecord, staffId: string | null, at: string): ErasureCounts {
  let rowsBlanked = 0;
  const add = (n: number) => (rowsBlanked += n);
  const r = RELATED_RULES;
  const ownMatches = person.kind === 'participant' ? eq(matches.participantId, person.id) : eq(matches.mentorId, person.id);
  const matchIds = db.select({ id: matches.id, breakdown: matches.scoreBreakdown }).from(matches).where(ownMatches).all();

  if (person.kind === 'participant') {
    db.update(participants).set(stubPatch(PARTICIPANT_COLUMNS, at)).where(eq(participants.id, person.id)).run();
    add(blank(db, stageChanges, r.stageChanges.columns, eq(stageChanges.participantId, person.id)));
    leaveProgramme(db, person.id, staffId, at);
    add(blank(db, followUps, r.followUps.columns, eq(followUps.participantId, person.id)));
    add(blank(db, matchExclusions, r.matchExclusions.columns, eq(matchExclusions.participantId, person.id)));
    add(blank(db, placements, r.placements.columns, eq(placements.participantId, person.id)));
    add(blank(db, outcomes, r.outcomes.columns, eq(outcomes.participantId, person.id)));
    add(blank(db, progressionForms, r.progressionForms.columns, eq(progressionForms.participantId, person.id)));
  } else {
    db.update(mentors).set(stubPatch(MENTOR_COLUMNS, at)).where(eq(mentors.id, person.id)).run();
    add(blank(db, followUps, r.followUps.columns, eq(followUps.mentorId, person.id)));
    add(blank(db, matchExclusions, r.matchExclusions.columns, eq(matchExclusions.mentorId, person.id)));
    add(blank(db, hours, r.hours.columns, eq(hours.mentorId, person.id)));
  }

  add(blank(db, matches, r.matches.columns, ownMatches));
  for (const match of matchIds) {
    if (match.breakdown) db.update(matches).set({ scoreBreakdown: anonymousBreakdown(match.breakdown) }).where(eq(matches.id, match.id)).run();
  }
  if (matchIds.length > 0) {
    add(blank(db, matchMeetings, r.matchMeetings.columns, inArray(matchMeetings.matchId, matchIds.map((m) => m.id))));
  }

  const ownMessages = person.kind === 'participant' ? eq(mailOutbox.participantId, person.id) : eq(mailOutbox.mentorId, person.id);
  add(blank(db, mailOutbox, r.mailOutbox.columns, ownMessages));
  db.update(mailOutbox).set({ status: 'failed', error: 'erased' }).where(and(ownMessages, inArray(mailOutbox.status, ['queued', 'failed']))).run();

  // After the blanking: closing writes only statuses, dates and the neutral reason code.
  const { matchesClosed, placementsClosed } = closeOpenEngagements(db, person, staffId, at);

  const consentsDeleted = db
    .delete(consents)
    .where(person.kind === 'participant' ? eq(consents.participantId, person.id) : eq(consents.mentorId, person.id))
    .run().changes;

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
