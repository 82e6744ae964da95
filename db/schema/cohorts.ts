import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';

/** Kull: an intake round such as "Høst 2026". */
export const cohorts = sqliteTable(
  'cohorts',
  {
    id: id(),
    name: text('name').notNull(),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('cohorts_name_uq').on(t.name)],
);

export type Cohort = typeof cohorts.$inferSelect;
export type NewCohort = typeof cohorts.$inferInsert;
