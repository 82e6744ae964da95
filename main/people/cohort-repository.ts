import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { cohorts } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { recordAuditEntries } from './audit-entries.ts';
import { isoDate } from './value-schemas.ts';
import { sqliteOf } from '../../db/sqlite-client.ts';

/** cohorts.create: a kull such as "Høst 2026"; the end cannot be before the start. */
export const cohortCreateSchema = z
  .object({ name: z.string().trim().min(1).max(100), startOn: isoDate.nullable().default(null), endOn: isoDate.nullable().default(null) })
  .strict()
  .refine((c) => !c.startOn || !c.endOn || c.startOn <= c.endOn, { message: 'The cohort ends before it starts', path: ['endOn'] });
export type CohortCreate = z.output<typeof cohortCreateSchema>;

export type CohortRow = { id: string; name: string; startOn: string | null; endOn: string | null; participants: number };

export function listCohorts(db: KobleDb): CohortRow[] {
  return sqliteOf(db)
    .prepare(
      `select c.id, c.name, c.starts_on as startOn, c.ends_on as endOn,
              (select count(*) from participants p where p.cohort_id = c.id and p.erased_at is null) as participants
       from cohorts c order by c.starts_on desc, c.name`,
    )
    .all() as CohortRow[];
}

export function createCohort(db: KobleDb, input: CohortCreate, staffId: string | null): string {
  if (db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.name, input.name)).get()) {
    throw new KobleError('API_CONFLICT', 'A cohort with that name exists', { field: 'name' });
  }
  const id = crypto.randomUUID();
  db.transaction((tx) => {
    tx.insert(cohorts).values({ id, name: input.name, startsOn: input.startOn, endsOn: input.endOn }).run();
    recordAuditEntries(tx, [{ staffId, action: 'create', entity: 'cohorts', entityId: id, details: { fields: ['name', 'startOn', 'endOn'] } }]);
  });
  return id;
}

