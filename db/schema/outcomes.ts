import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { organisations } from './organisations.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';

/** At exit, and 3 and 6 months after. */
export const OUTCOME_TIMEPOINTS = ['exit', '3m', '6m'] as const;
export type OutcomeTimepoint = (typeof OUTCOME_TIMEPOINTS)[number];

/**
 * fast jobb relevant for utdanning / annen fast jobb, midlertidig jobb, praksis, lærlingplass,
 * utdanning, arbeidssøkende, avbrutt, annet, ukjent.
 */
export const OUTCOME_CATEGORIES = [
  'fast_relevant',
  'fast_other',
  'temporary',
  'placement',
  'apprenticeship',
  'education',
  'job_seeking',
  'dropped_out',
  'other',
  'unknown',
] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

/** Categories that count as "fått jobb" in funder reports. */
export const EMPLOYED_OUTCOMES = ['fast_relevant', 'fast_other', 'temporary'] as const satisfies readonly OutcomeCategory[];

export const outcomes = sqliteTable(
  'outcomes',
  {
    id: id(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    timepoint: text('timepoint', { enum: OUTCOME_TIMEPOINTS }).notNull(),
    category: text('category', { enum: OUTCOME_CATEGORIES }).notNull(),
    /** Employer name as given; organisation_id when it is a known organisation. */
    employer: text('employer'),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** The date the outcome applies from (e.g. job start) or was observed. */
    outcomeOn: text('outcome_on').notNull(),
    note: text('note'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('outcomes_participant_timepoint_uq').on(t.participantId, t.timepoint)],
);

export type Outcome = typeof outcomes.$inferSelect;
export type NewOutcome = typeof outcomes.$inferInsert;
