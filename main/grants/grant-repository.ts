import { asc, desc, eq, inArray } from 'drizzle-orm';
import { KobleError } from '../../db/errors.ts';
import { cohorts, events, grantCohorts, grantDeadlines, grants, hours, type Funder, type Grant, type GrantDeadlineKind } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { readProgrammeSettings } from '../settings/programme-settings.ts';
import type { DeadlineAdd, GrantChanges, GrantCreate } from './grant-input.ts';

export const GRANT_ENTITY = 'grants';

export type GrantDeadlineRow = { id: string; kind: GrantDeadlineKind; dueOn: string; description: string | null; doneOn: string | null };

export type GrantSummary = {
  id: string;
  funder: Funder;
  funderName: string;
  scheme: string | null;
  caseNumber: string | null;
  amount: number | null;
  periodStart: string;
  periodEnd: string;
  notes: string | null;
  cohortIds: string[];
  eventIds: string[];
  /** Earliest first. */
  deadlines: GrantDeadlineRow[];
};

function summaries(db: KobleDb, rows: Grant[]): GrantSummary[] {
  if (rows.length === 0) return [];
  const ids = rows.map((g) => g.id);
  const cohortRows = db.select().from(grantCohorts).where(inArray(grantCohorts.grantId, ids)).all();
  const eventRows = db.select({ id: events.id, grantId: events.grantId }).from(events).where(inArray(events.grantId, ids)).orderBy(asc(events.startsAt)).all();
  const deadlineRows = db.select().from(grantDeadlines).where(inArray(grantDeadlines.grantId, ids)).orderBy(asc(grantDeadlines.dueOn)).all();
  return rows.map((g) => ({
    id: g.id,
    funder: g.funder,
    funderName: g.funderName,
    scheme: g.scheme,
    caseNumber: g.caseNumber,
    amount: g.amount,
    periodStart: g.periodStart,
    periodEnd: g.periodEnd,
    notes: g.notes,
    cohortIds: cohortRows.filter((c) => c.grantId === g.id).map((c) => c.cohortId),
    eventIds: eventRows.filter((e) => e.grantId === g.id).map((e) => e.id),
    deadlines: deadlineRows
      .filter((d) => d.grantId === g.id)
      .map((d) => ({ id: d.id, kind: d.kind, dueOn: d.dueOn, description: d.description, doneOn: d.doneOn })),
  }));
}

/** Every grant, newest period first. */
export function listGrants(db: KobleDb): GrantSummary[] {
  return summaries(db, db.select().from(grants).orderBy(desc(grants.periodStart), asc(grants.funderName)).all());
}

export function requireGrant(db: KobleDb, grantId: string): Grant {
  const row = db.select().from(grants).where(eq(grants.id, grantId)).get();
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such grant', { id: grantId });
  return row;
}

export function getGrant(db: KobleDb, grantId: string): GrantSummary {
  return summaries(db, [requireGrant(db, grantId)])[0]!;
}

/** The name on reports: as given; for a county grant the programme's county name; for IMDi "IMDi". */
function resolveFunderName(db: KobleDb, funder: Funder, given: string | undefined): string {
  if (given) return given;
  if (funder === 'county') {
    const county = readProgrammeSettings(db).countyFunderName;
    if (county) return county;
    throw new KobleError('GRANT_COUNTY_NAME_MISSING', "Give the funder's name, or set the county's name in Innstillinger");
  }
  if (funder === 'imdi') return 'IMDi';
  throw new KobleError('API_INVALID_INPUT', "The funder's name is required", [{ path: 'funderName', code: 'too_small', message: "The funder's name is required" }]);
}

function requireCohorts(db: KobleDb, cohortIds: readonly string[]): string[] {
  const unique = [...new Set(cohortIds)];
  if (unique.length === 0) return unique;
  const found = new Set(db.select({ id: cohorts.id }).from(cohorts).where(inArray(cohorts.id, unique)).all().map((c) => c.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) throw new KobleError('API_NOT_FOUND', 'No such cohort', { ids: missing });
  return unique;
}

function requireEvents(db: KobleDb, eventIds: readonly string[]): string[] {
  const unique = [...new Set(eventIds)];
  const found = new Set<string>();
  for (let i = 0; i < unique.length; i += 500) {
    for (const e of db.select({ id: events.id }).from(events).where(inArray(events.id, unique.slice(i, i + 500))).all()) found.add(e.id);
  }
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) throw new KobleError('API_NOT_FOUND', 'No such event', { ids: missing });
  return unique;
}

export function createGrant(db: KobleDb, input: GrantCreate, staffId: string | null): GrantSummary {
  return db.transaction(() => {
    const funderName = resolveFunderName(db, input.funder, input.funderName);
    const cohortIds = requireCohorts(db, input.cohortIds ?? []);
    const [row] = db
      .insert(grants)
      .values({
        funder: input.funder,
        funderName,
        scheme: input.scheme ?? null,
        caseNumber: input.caseNumber ?? null,
        amount: input.amount ?? null,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        notes: input.notes ?? null,
      })
      .returning()
      .all();
    for (const cohortId of cohortIds) db.insert(grantCohorts).values({ grantId: row!.id, cohortId }).run();
    recordAudit(db, { staffId, action: 'create', entity: GRANT_ENTITY, entityId: row!.id, details: { funder: input.funder, cohorts: cohortIds.length } });
    return getGrant(db, row!.id);
  });
}

export function updateGrant(db: KobleDb, grantId: string, changes: GrantChanges, staffId: string | null): GrantSummary {
  return db.transaction(() => {
    const grant = requireGrant(db, grantId);
    const { cohortIds, eventIds, ...fields } = changes;
    const periodStart = fields.periodStart ?? grant.periodStart;
    const periodEnd = fields.periodEnd ?? grant.periodEnd;
    if (periodStart > periodEnd) throw new KobleError('GRANT_BAD_PERIOD', 'The period must start on or before its end', { periodStart, periodEnd });
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => fields[k] !== undefined && fields[k] !== grant[k]);
    if (changed.length > 0) {
      const patch = Object.fromEntries(changed.map((k) => [k, fields[k]]));
      db.update(grants).set({ ...patch, updatedAt: new Date().toISOString() }).where(eq(grants.id, grantId)).run();
    }
    const touched: string[] = [...changed];
    if (cohortIds !== undefined) {
      const wanted = requireCohorts(db, cohortIds);
      db.delete(grantCohorts).where(eq(grantCohorts.grantId, grantId)).run();
      for (const cohortId of wanted) db.insert(grantCohorts).values({ grantId, cohortId }).run();
      touched.push('cohortIds');
    }
    if (eventIds !== undefined) {
      const wanted = requireEvents(db, eventIds);
      db.update(events).set({ grantId: null }).where(eq(events.grantId, grantId)).run();
      for (let i = 0; i < wanted.length; i += 500) db.update(events).set({ grantId }).where(inArray(events.id, wanted.slice(i, i + 500))).run();
      touched.push('eventIds');
    }
    if (touched.length > 0) recordAudit(db, { staffId, action: 'update', entity: GRANT_ENTITY, entityId: grantId, details: { fields: touched } });
    return getGrant(db, grantId);
  });
}

/**
 * Removes a grant with its deadlines and cohort links; its events stay (unlinked). Refused with
 * GRANT_IN_USE while hours are charged to it, unless `force` (the hours then stay, uncharged).
 */
export function removeGrant(db: KobleDb, grantId: string, force: boolean, staffId: string | null): null {
  return db.transaction(() => {
    requireGrant(db, grantId);
    const charged = db.select({ id: hours.id }).from(hours).where(eq(hours.grantId, grantId)).all().length;
    if (charged > 0 && !force) throw new KobleError('GRANT_IN_USE', 'Hours are charged to this grant', { hours: charged });
    db.update(events).set({ grantId: null }).where(eq(events.grantId, grantId)).run();
    db.update(hours).set({ grantId: null }).where(eq(hours.grantId, grantId)).run();
    db.delete(grants).where(eq(grants.id, grantId)).run();
    recordAudit(db, { staffId, action: 'delete', entity: GRANT_ENTITY, entityId: grantId, details: { hours: charged } });
    return null;
  });
}

function requireDeadline(db: KobleDb, deadlineId: string) {
  const row = db.select().from(grantDeadlines).where(eq(grantDeadlines.id, deadlineId)).get();
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such deadline', { id: deadlineId });
  return row;
}

export function addDeadline(db: KobleDb, input: DeadlineAdd, staffId: string | null): GrantSummary {
  return db.transaction(() => {
    requireGrant(db, input.grantId);
    const [row] = db
      .insert(grantDeadlines)
      .values({ grantId: input.grantId, kind: input.kind, dueOn: input.dueOn, description: input.description ?? null })
      .returning({ id: grantDeadlines.id })
      .all();
    recordAudit(db, { staffId, action: 'create', entity: 'grant_deadlines', entityId: row!.id, details: { grantId: input.grantId, kind: input.kind } });
    return getGrant(db, input.grantId);
  });
}

/** Marks a deadline as met on a date (null reopens it). */
export function completeDeadline(db: KobleDb, deadlineId: string, doneOn: string | null, staffId: string | null): GrantSummary {
  return db.transaction(() => {
    const deadline = requireDeadline(db, deadlineId);
    db.update(grantDeadlines).set({ doneOn }).where(eq(grantDeadlines.id, deadlineId)).run();
    recordAudit(db, { staffId, action: 'update', entity: 'grant_deadlines', entityId: deadlineId, details: { fields: ['doneOn'], done: doneOn !== null } });
    return getGrant(db, deadline.grantId);
  });
}

export function removeDeadline(db: KobleDb, deadlineId: string, staffId: string | null): GrantSummary {
  return db.transaction(() => {
    const deadline = requireDeadline(db, deadlineId);
    db.delete(grantDeadlines).where(eq(grantDeadlines.id, deadlineId)).run();
    recordAudit(db, { staffId, action: 'delete', entity: 'grant_deadlines', entityId: deadlineId, details: { grantId: deadline.grantId } });
    return getGrant(db, deadline.grantId);
  });
}
