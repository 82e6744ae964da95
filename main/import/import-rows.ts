import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { mentors, organisations, participants, stageChanges } from '../../db/schema/index.ts';
import { newId } from '../../db/schema/columns.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { searchTextOf } from '../search/fold.ts';
import { foldName } from '../reference/fold.ts';
import { IMPORT_REASON } from './imported-on.ts';
import { preparedInsert } from './prepared-insert.ts';
import type { ImportRecord } from './record.ts';
import type { ImportKind } from './types.ts';

/** The better-sqlite3 connection behind the drizzle database (same connection, same transaction). */
function client(db: KobleDb): Database.Database {
  const raw: unknown = Reflect.get(db, '$client');
  if (!(raw instanceof Database)) throw new Error('import needs the better-sqlite3 connection');
  return raw;
}

export type ImportOptions = {
  staffId: string | null;
  /** Rows left out (skipInvalid), for the audit entry. */
  skipped: number;
  /** Test hook: called before each row is written; a throw rolls the whole import back. */
  beforeRow?: (record: ImportRecord, index: number) => void;
};

function participantRow(record: ImportRecord, id: string, now: string): typeof participants.$inferInsert {
  return {
    id,
    firstName: record.firstName,
    lastName: record.lastName,
    searchText: searchTextOf(record.firstName, record.lastName),
    email: record.email,
    phone: record.phone,
    birthYear: record.birthYear,
    gender: record.gender,
    countryOfBackground: record.countryOfBackground,
    municipalityNumber: record.municipalityNumber,
    immigrationReason: record.immigrationReason,
    arrivalYear: record.arrivalYear,
    educationLevel: record.educationLevel,
    educationCountry: record.educationCountry,
    degreeRecognition: record.degreeRecognition,
    field: record.field,
    desiredOccupation: record.desiredOccupation,
    norwegianLevel: record.norwegianLevel,
    navAdvisor: record.navAdvisor,
    track: record.track ?? 'mentor',
    stage: 'registered',
    stageChangedOn: record.registeredOn,
    notes: record.notes,
    registeredOn: record.registeredOn,
    createdAt: now,
    updatedAt: now,
  };
}

function mentorRow(record: ImportRecord, id: string, organisationId: string | null, now: string): typeof mentors.$inferInsert {
  return {
    id,
    firstName: record.firstName,
    lastName: record.lastName,
    searchText: searchTextOf(record.firstName, record.lastName),
    email: record.email,
    phone: record.phone,
    birthYear: record.birthYear,
    gender: record.gender,
    organisationId,
    jobTitle: record.jobTitle,
    field: record.field,
    educationLevel: record.educationLevel,
    yearsOfExperience: record.yearsOfExperience,
    municipalityNumber: record.municipalityNumber,
    capacity: record.capacity ?? 1,
    availability: record.availability,
    preferences: record.preferences,
    notes: record.notes,
    registeredOn: record.registeredOn,
    createdAt: now,
    updatedAt: now,
  };
}

/** The employer organisation of each mentor: an existing company with the same name (folded), else a new one. */
function employers(db: KobleDb, records: readonly ImportRecord[], now: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const org of db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.kind, 'company')).all()) {
    const key = foldName(org.name);
    if (!ids.has(key)) ids.set(key, org.id);
  }
  const insert = preparedInsert(client(db), organisations);
  for (const record of records) {
    if (!record.employer) continue;
    const key = foldName(record.employer);
    if (!key || ids.has(key)) continue;
    const id = newId();
    ids.set(key, id);
    insert({ id, kind: 'company', name: record.employer, createdAt: now, updatedAt: now });
  }
  return ids;
}

/**
 * Writes the records in ONE transaction: participants at stage 'registered' with their first
 * stage_changes row, or mentors (with their employer organisation). Any error rolls everything back.
 * The audit entry holds the kind and counts only.
 */
export function importRecords(db: KobleDb, kind: ImportKind, records: readonly ImportRecord[], options: ImportOptions): number {
  return db.transaction(() => {
    const now = new Date().toISOString();
    if (kind === 'participants') {
      const insertPerson = preparedInsert(client(db), participants);
      const insertStage = preparedInsert(client(db), stageChanges);
      records.forEach((record, index) => {
        options.beforeRow?.(record, index);
        const id = newId();
        insertPerson(participantRow(record, id, now));
        insertStage({
          id: newId(),
          participantId: id,
          fromStage: null,
          stage: 'registered',
          reason: IMPORT_REASON,
          effectiveOn: record.registeredOn,
          recordedAt: now,
          staffId: options.staffId,
          createdAt: now,
        });
      });
    } else {
      const employerIds = employers(db, records, now);
      const insertMentor = preparedInsert(client(db), mentors);
      records.forEach((record, index) => {
        options.beforeRow?.(record, index);
        insertMentor(mentorRow(record, newId(), record.employer ? (employerIds.get(foldName(record.employer)) ?? null) : null, now));
      });
    }
    recordAudit(db, { staffId: options.staffId, action: 'create', entity: 'import', details: { kind, imported: records.length, skipped: options.skipped } });
    return records.length;
  });
}
