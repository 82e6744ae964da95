import { and, eq } from 'drizzle-orm';
import { cohorts, organisations, referenceValues, staff } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { fieldByCode } from '../reference/fields.ts';

/** Ids and codes a person row points at; each is checked only when given (not undefined or null). */
export type References = {
  field?: string | null;
  cohortId?: string | null;
  coordinatorId?: string | null;
  navOfficeId?: string | null;
  organisationId?: string | null;
};

type Issue = { path: string; code: 'custom'; message: string };

/** Office field values (reference_values kind 'field') and the shipped list. */
function isKnownField(db: KobleDb, code: string): boolean {
  if (fieldByCode(code)) return true;
  return !!db
    .select({ code: referenceValues.code })
    .from(referenceValues)
    .where(and(eq(referenceValues.kind, 'field'), eq(referenceValues.code, code), eq(referenceValues.active, true)))
    .get();
}

/**
 * Refuses references to things the programme does not hold, with the same error shape as zod's
 * (API_INVALID_INPUT, details naming the field), before anything is written.
 */
export function assertReferences(db: KobleDb, refs: References, prefix = ''): void {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push({ path: prefix + path, code: 'custom', message });
  if (refs.field && !isKnownField(db, refs.field)) bad('field', 'Unknown field code');
  if (refs.cohortId && !db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, refs.cohortId)).get()) bad('cohortId', 'Unknown cohort');
  if (refs.coordinatorId && !db.select({ id: staff.id }).from(staff).where(eq(staff.id, refs.coordinatorId)).get()) {
    bad('coordinatorId', 'Unknown staff member');
  }
  if (refs.navOfficeId) {
    const office = db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, refs.navOfficeId)).get();
    if (office?.kind !== 'nav_office') bad('navOfficeId', 'Unknown NAV office');
  }
  if (refs.organisationId && !db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, refs.organisationId)).get()) {
    bad('organisationId', 'Unknown organisation');
  }
  if (issues.length > 0) throw new KobleError('API_INVALID_INPUT', 'The input is not valid', issues);
}
