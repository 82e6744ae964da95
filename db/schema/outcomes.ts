import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { organisations } from './organisations.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';
import { OUTCOME_CATEGORIES, OUTCOME_TIMEPOINTS } from '../../shared/outcomes.ts';

export { EMPLOYED_OUTCOMES, OUTCOME_CATEGORIES, OUTCOME_TIMEPOINTS, type OutcomeCategory, type OutcomeTimepoint } from '../../shared/outcomes.ts';

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
