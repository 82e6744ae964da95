import { and, asc, desc, eq } from 'drizzle-orm';
import {
  auditLog,
  matches,
  mentors,
  participants,
  stageChanges,
  staff,
  type Participant,
} from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { searchTextOf } from '../search/fold.ts';
import { fieldAuditEntries, recordAuditEntries } from './audit-entries.ts';
import { changedFields } from './changed-fields.ts';
import type { ParticipantChanges, ParticipantCreate } from './participant-input.ts';
import { assertReferences } from './reference-checks.ts';

export const PARTICIPANT_ENTITY = 'participants';

/** A new participant at stage 'registered', with the first stage_changes row and an audit entry, in one transaction. */
export function createParticipant(db: KobleDb, input: ParticipantCreate, staffId: string | null, today: string): string {
  assertReferences(db, input);
  const id = crypto.randomUUID();
  const registeredOn = input.registeredOn ?? today;
  db.transaction((tx) => {
    tx.insert(participants)
      .values({
        ...input,
        id,
        lastName: input.lastName ?? '',
        searchText: searchTextOf(input.firstName, input.lastName),
        stage: 'registered',
        stageChangedOn: registeredOn,
        registeredOn,
      })
      .run();
    tx.insert(stageChanges).values({ participantId: id, fromStage: null, stage: 'registered', effectiveOn: registeredOn, staffId }).run();
    const fields = Object.keys(input).filter((k) => input[k as keyof ParticipantCreate] !== undefined);
    recordAuditEntries(tx, [{ staffId, action: 'create', entity: PARTICIPANT_ENTITY, entityId: id, details: { fields } }]);
  });
  return id;
}

export function requireParticipant(db: KobleDb, id: string): Participant {
  const row = db.select().from(participants).where(eq(participants.id, id)).get();
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such participant', { id });
  return row;
}

/**
 * Writes the fields that changed, recomputes search_text and records one audit entry per changed
 * field name. An erased person (anonymous stub) cannot be edited. Returns the changed field names.
 */
export function updateParticipant(db: KobleDb, id: string, changes: ParticipantChanges, staffId: string | null): string[] {
  const current = requireParticipant(db, id);
  if (current.erasedAt) throw new KobleError('API_CONFLICT', 'This person has been erased and cannot be changed', { id });
  const fields = changedFields(current as ParticipantChanges, changes);
  if (fields.length === 0) return [];
  const set = Object.fromEntries(fields.map((f) => [f, changes[f]])) as ParticipantChanges;
  assertReferences(db, set);
  const firstName = set.firstName ?? current.firstName;
  const lastName = set.lastName ?? current.lastName;
  db.transaction((tx) => {
    const result = tx
      .update(participants)
      .set({ ...set, searchText: searchTextOf(firstName, lastName) })
      .where(eq(participants.id, id))
      .run();
    if (result.changes !== 1) throw new KobleError('API_NOT_FOUND', 'No such participant', { id });
    recordAuditEntries(tx, fieldAuditEntries(staffId, PARTICIPANT_ENTITY, id, fields));
  });
  return fields;
}

/** Stage history, oldest first, with the staff member's name. */
export function stageHistory(db: KobleDb, participantId: string) {
  return db
    .select({
      id: stageChanges.id,
      fromStage: stageChanges.fromStage,
      stage: stageChanges.stage,
      effectiveOn: stageChanges.effectiveOn,
      recordedAt: stageChanges.recordedAt,
      reason: stageChanges.reason,
      staffId: stageChanges.staffId,
      staffName: staff.name,
    })
    .from(stageChanges)
    .leftJoin(staff, eq(staff.id, stageChanges.staffId))
    .where(eq(stageChanges.participantId, participantId))
    .orderBy(asc(stageChanges.effectiveOn), asc(stageChanges.recordedAt))
    .all();
}

/** The participant's matches with the mentor's name, newest first. */
export function participantMatches(db: KobleDb, participantId: string) {
  return db
    .select({
      id: matches.id,
      mentorId: matches.mentorId,
      mentorFirstName: mentors.firstName,
      mentorLastName: mentors.lastName,
      status: matches.status,
      score: matches.score,
      proposedOn: matches.proposedOn,
      introMeetingAt: matches.introMeetingAt,
      confirmedOn: matches.confirmedOn,
      startedOn: matches.startedOn,
      plannedEndOn: matches.plannedEndOn,
      endedOn: matches.endedOn,
      endReason: matches.endReason,
    })
    .from(matches)
    .innerJoin(mentors, eq(mentors.id, matches.mentorId))
    .where(eq(matches.participantId, participantId))
    .orderBy(desc(matches.createdAt))
    .all()
    .map(({ mentorFirstName, mentorLastName, ...m }) => ({ ...m, mentorName: `${mentorFirstName} ${mentorLastName}`.trim() }));
}

/** Audit entries about one person or mentor, newest first: who, when, what action, which fields — never values. */
export function auditFor(db: KobleDb, entity: string, entityId: string) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, staffId: auditLog.staffId, staffName: staff.name, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at))
    .limit(1000)
    .all()
    .map(({ details, ...entry }) => ({ ...entry, fields: fieldNames(details) }));
}

function fieldNames(details: Record<string, unknown> | null): string[] {
  const fields = details?.fields;
  return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
}
