import { sql } from 'drizzle-orm';
import { check, index, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cohorts } from './cohorts.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { FUNDERS, GRANT_DEADLINE_KINDS } from '../../shared/grants.ts';
export { FUNDERS, type Funder, GRANT_DEADLINE_KINDS, type GrantDeadlineKind } from '../../shared/grants.ts';

/** Tilskudd. */
export const grants = sqliteTable(
  'grants',
  {
    id: id(),
    funder: text('funder', { enum: FUNDERS }).notNull(),
    /** The funder's name as it appears on reports, e.g. "Telemark fylkeskommune". */
    funderName: text('funder_name').notNull(),
    /** Scheme, e.g. "Mentor- og traineeordning". */
    scheme: text('scheme'),
    caseNumber: text('case_number'),
    /** Amount granted in NOK. */
    amount: real('amount'),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('grants_period_idx').on(t.periodStart, t.periodEnd),
    check('grants_period_ck', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

/** Report deadlines, shown on the dashboard from 60 days before. */
export const grantDeadlines = sqliteTable(
  'grant_deadlines',
  {
    id: id(),
    grantId: text('grant_id')
      .notNull()
      .references(() => grants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: GRANT_DEADLINE_KINDS }).notNull().default('report'),
    dueOn: text('due_on').notNull(),
    description: text('description'),
    /** Date it was sent; null while open. */
    doneOn: text('done_on'),
    createdAt: createdAt(),
  },
  (t) => [index('grant_deadlines_due_idx').on(t.dueOn), index('grant_deadlines_grant_idx').on(t.grantId)],
);

/** Which cohorts a grant funds. */
export const grantCohorts = sqliteTable(
  'grant_cohorts',
  {
    grantId: text('grant_id')
      .notNull()
      .references(() => grants.id, { onDelete: 'cascade' }),
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.grantId, t.cohortId] }), index('grant_cohorts_cohort_idx').on(t.cohortId)],
);

export type Grant = typeof grants.$inferSelect;
export type NewGrant = typeof grants.$inferInsert;
export type GrantDeadline = typeof grantDeadlines.$inferSelect;
export type NewGrantDeadline = typeof grantDeadlines.$inferInsert;
export type GrantCohort = typeof grantCohorts.$inferSelect;
