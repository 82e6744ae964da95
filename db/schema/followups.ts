import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { mentors } from './mentors.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';
import { FOLLOW_UP_KINDS } from '../../shared/person-values.ts';
export { FOLLOW_UP_KINDS, type FollowUpKind } from '../../shared/person-values.ts';

/** Oppfølging: a logged contact with a participant or a mentor (exactly one). */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: id(),
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id').references(() => mentors.id, { onDelete: 'cascade' }),
    contactedOn: text('contacted_on').notNull(),
    kind: text('kind', { enum: FOLLOW_UP_KINDS }).notNull(),
    minutes: integer('minutes'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('follow_ups_participant_idx').on(t.participantId, t.contactedOn).where(sql`${t.participantId} is not null`),
    index('follow_ups_mentor_idx').on(t.mentorId, t.contactedOn).where(sql`${t.mentorId} is not null`),
    check(
      'follow_ups_one_person_ck',
      sql`(${t.participantId} is not null) + (${t.mentorId} is not null) = 1`,
    ),
  ],
);

export type FollowUp = typeof followUps.$inferSelect;
export type NewFollowUp = typeof followUps.$inferInsert;
