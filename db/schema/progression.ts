import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';
import { PROGRESSION_TIMEPOINTS } from '../../shared/outcomes.ts';
export { PROGRESSION_TIMEPOINTS, type ProgressionTimepoint } from '../../shared/outcomes.ts';

/** The five 1–5 self-assessment scales, in report order (column names in the table). */
export const PROGRESSION_SCALES = [
  'norwegianAtWork',
  'professionalNetwork',
  'workingLifeKnowledge',
  'jobSeeking',
  'beliefInChances',
] as const;
export type ProgressionScale = (typeof PROGRESSION_SCALES)[number];

const scale = (name: string) => integer(name);
const inRange = (column: unknown) => sql`${column} is null or ${column} between 1 and 5`;

/** The participant's own assessment at start, midway and end, entered by staff. */
export const progressionForms = sqliteTable(
  'progression_forms',
  {
    id: id(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    timepoint: text('timepoint', { enum: PROGRESSION_TIMEPOINTS }).notNull(),
    filledOn: text('filled_on').notNull(),
    /** Norsk på jobb. */
    norwegianAtWork: scale('norwegian_at_work'),
    /** Faglig nettverk. */
    professionalNetwork: scale('professional_network'),
    /** Kjennskap til norsk arbeidsliv. */
    workingLifeKnowledge: scale('working_life_knowledge'),
    /** Jobbsøking. */
    jobSeeking: scale('job_seeking'),
    /** Tro på egne muligheter. */
    beliefInChances: scale('belief_in_chances'),
    comment: text('comment'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('progression_forms_participant_timepoint_uq').on(t.participantId, t.timepoint),
    check('progression_forms_norwegian_at_work_ck', inRange(t.norwegianAtWork)),
    check('progression_forms_professional_network_ck', inRange(t.professionalNetwork)),
    check('progression_forms_working_life_knowledge_ck', inRange(t.workingLifeKnowledge)),
    check('progression_forms_job_seeking_ck', inRange(t.jobSeeking)),
    check('progression_forms_belief_in_chances_ck', inRange(t.beliefInChances)),
  ],
);

export type ProgressionForm = typeof progressionForms.$inferSelect;
export type NewProgressionForm = typeof progressionForms.$inferInsert;
