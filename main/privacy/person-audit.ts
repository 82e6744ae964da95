import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { auditLog, staff } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { findPerson } from './person.ts';

export type PersonAuditEntry = { at: string; staffName: string | null; action: string; entity: string; fields: string[] };

/**
 * The audit convention for people (every area follows it): an entry about the person's own row
 * has entity 'participants' or 'mentors' and entity_id = the person's id; an entry about a row of
 * theirs elsewhere (a follow-up, a consent, a match) carries `details.personId`. Changed fields
 * go in `details.fields` as column names — never values.
 */
export function fieldsOf(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const fields = (details as { fields?: unknown }).fields;
  return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
}

/** Every audit entry about the person, oldest first, with who made it and the field names. */
export function auditForPerson(db: KobleDb, personId: string): PersonAuditEntry[] {
  findPerson(db, personId);
  const own = and(inArray(auditLog.entity, ['participants', 'mentors']), eq(auditLog.entityId, personId));
  const related = sql`json_extract(${auditLog.details}, '$.personId') = ${personId}`;
  return db
    .select({ at: auditLog.at, staffName: staff.name, action: auditLog.action, entity: auditLog.entity, details: auditLog.details })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .where(or(own, related))
    .orderBy(asc(auditLog.at))
    .all()
    .map(({ details, ...entry }) => ({ ...entry, fields: fieldsOf(details) }));
}
