import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cohorts } from './cohorts.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { grants } from './grants.ts';
import { eventGuests } from './guests.ts';
import { mentors } from './mentors.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';
import { EVENT_KINDS, ATTENDANCE_STATUSES } from '../../shared/events.ts';
export { EVENT_KINDS, type EventKind, ATTENDANCE_STATUSES, type AttendanceStatus } from '../../shared/events.ts';

export const events = sqliteTable(
  'events',
  {
    id: id(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    title: text('title').notNull(),
    /** Instants (UTC ISO); the UI shows Europe/Oslo time. */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at'),
    place: text('place'),
    capacity: integer('capacity'),
    /** Speaker or organiser, free text. */
    organiser: text('organiser'),
    grantId: text('grant_id').references(() => grants.id, { onDelete: 'set null' }),
    /** Set when the event belongs to one cohort (e.g. its inspiration meeting). */
    cohortId: text('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    description: text('description'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('events_starts_idx').on(t.startsAt), index('events_grant_idx').on(t.grantId)],
);

/** påmeldt, møtt, ikke møtt, avmeldt. */

/** How the row came: the roster, a walk-in at the door, an event kit merged back, a paper sheet. */
export const ATTENDANCE_SOURCES = ['roster', 'walk_in', 'kit', 'paper'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** One person at one event: exactly one of participant, mentor and guest. */
export const attendance = sqliteTable(
  'attendance',
  {
    id: id(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id').references(() => mentors.id, { onDelete: 'cascade' }),
    guestId: text('guest_id').references(() => eventGuests.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull().default('registered'),
    checkedInAt: text('checked_in_at'),
    source: text('source', { enum: ATTENDANCE_SOURCES }).notNull().default('roster'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One row per event and person. Partial unique indexes keyed person-first: each row enters
    // only the index of its own kind, and the same index finds a person's attendance. Upserts:
    // onConflictDoNothing() with no target, or onConflictDoUpdate({ target: [attendance.participantId,
    // attendance.eventId], targetWhere: sql`participant_id is not null`, set: … }).
    uniqueIndex('attendance_participant_event_uq').on(t.participantId, t.eventId).where(sql`${t.participantId} is not null`),
    uniqueIndex('attendance_mentor_event_uq').on(t.mentorId, t.eventId).where(sql`${t.mentorId} is not null`),
    uniqueIndex('attendance_guest_event_uq').on(t.guestId, t.eventId).where(sql`${t.guestId} is not null`),
    // Covers what counting attendance per event reads (status, walk-in or not, who), so the funder
    // report and roster counts read this index instead of the table (bench/funder-report.ts).
    index('attendance_event_counts_idx').on(t.eventId, t.status, t.source, t.participantId, t.mentorId),
    check(
      'attendance_one_person_ck',
      sql`(${t.participantId} is not null) + (${t.mentorId} is not null) + (${t.guestId} is not null) = 1`,
    ),
  ],
);

export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Attendance = typeof attendance.$inferSelect;
export type NewAttendance = typeof attendance.$inferInsert;
