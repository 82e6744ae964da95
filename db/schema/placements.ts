import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { organisations } from './organisations.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';
import { PLACEMENT_STATUSES, LIVELIHOODS } from '../../shared/placements.ts';
export { PLACEMENT_STATUSES, type PlacementStatus, LIVELIHOODS, type Livelihood } from '../../shared/placements.ts';

/** Praksisplass / trainee placement, usually 3–6 months, often with a NAV agreement. */
export const placements = sqliteTable(
  'placements',
  {
    id: id(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    supervisorName: text('supervisor_name'),
    supervisorEmail: text('supervisor_email'),
    supervisorPhone: text('supervisor_phone'),
    jobTitle: text('job_title'),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    /** Ended on (YYYY-MM-DD) when it ended, early or as planned. */
    endedOn: text('ended_on'),
    navAgreement: integer('nav_agreement', { mode: 'boolean' }).notNull().default(false),
    navOfficeId: text('nav_office_id').references(() => organisations.id, { onDelete: 'set null' }),
    navAdvisor: text('nav_advisor'),
    livelihood: text('livelihood', { enum: LIVELIHOODS }),
    status: text('status', { enum: PLACEMENT_STATUSES }).notNull().default('planned'),
    endReason: text('end_reason'),
    notes: text('notes'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('placements_participant_idx').on(t.participantId),
    index('placements_organisation_idx').on(t.organisationId),
    index('placements_status_starts_idx').on(t.status, t.startsOn),
  ],
);

export type Placement = typeof placements.$inferSelect;
export type NewPlacement = typeof placements.$inferInsert;
