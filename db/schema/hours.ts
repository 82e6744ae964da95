import { sql } from 'drizzle-orm';
import { check, index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { grants } from './grants.ts';
import { mentors } from './mentors.ts';
import { staff } from './staff.ts';
import { HOUR_ACTIVITIES } from '../../shared/grants.ts';
export { HOUR_ACTIVITIES, type HourActivity } from '../../shared/grants.ts';

/**
 * Timesheet for egenandel: staff, mentors' volunteer hours, or a named volunteer. Exactly one
 * of staff_id, mentor_id and volunteer_name is set.
 */
export const hours = sqliteTable(
  'hours',
  {
    id: id(),
    workedOn: text('worked_on').notNull(),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    mentorId: text('mentor_id').references(() => mentors.id, { onDelete: 'set null' }),
    volunteerName: text('volunteer_name'),
    hours: real('hours').notNull(),
    activity: text('activity', { enum: HOUR_ACTIVITIES }).notNull().default('other'),
    grantId: text('grant_id').references(() => grants.id, { onDelete: 'set null' }),
    /** NOK per hour used for the egenandel value (per person or from a rule). */
    hourlyValue: real('hourly_value'),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('hours_grant_date_idx').on(t.grantId, t.workedOn),
    index('hours_staff_idx').on(t.staffId).where(sql`${t.staffId} is not null`),
    index('hours_mentor_idx').on(t.mentorId).where(sql`${t.mentorId} is not null`),
    check('hours_positive_ck', sql`${t.hours} > 0 and ${t.hours} <= 24`),
    // set null on delete may leave a row with no person: allowed (the hours still count).
    check(
      'hours_one_person_ck',
      sql`(${t.staffId} is not null) + (${t.mentorId} is not null) + (${t.volunteerName} is not null) <= 1`,
    ),
  ],
);

export type Hours = typeof hours.$inferSelect;
export type NewHours = typeof hours.$inferInsert;
