import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, nowIso, updatedAt } from './columns.ts';
import { eventGuests } from './guests.ts';
import { mentors } from './mentors.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';
import { CONSENT_PURPOSES, CONSENT_METHODS } from '../../shared/consents.ts';
export { CONSENT_PURPOSES, type ConsentPurpose, CONSENT_METHODS, type ConsentMethod } from '../../shared/consents.ts';

/** GDPR art. 6(1) a–f. */
export const LAWFUL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

/** Samtykke per person and purpose; exactly one of participant, mentor and guest. */
export const consents = sqliteTable(
  'consents',
  {
    id: id(),
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id').references(() => mentors.id, { onDelete: 'cascade' }),
    guestId: text('guest_id').references(() => eventGuests.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: CONSENT_PURPOSES }).notNull(),
    lawfulBasis: text('lawful_basis', { enum: LAWFUL_BASES }).notNull().default('consent'),
    /** Version of the consent text the person saw, e.g. "2025-01". */
    textVersion: text('text_version'),
    method: text('method', { enum: CONSENT_METHODS }),
    givenOn: text('given_on').notNull(),
    withdrawnOn: text('withdrawn_on'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('consents_participant_idx').on(t.participantId, t.purpose).where(sql`${t.participantId} is not null`),
    index('consents_mentor_idx').on(t.mentorId, t.purpose).where(sql`${t.mentorId} is not null`),
    index('consents_guest_idx').on(t.guestId, t.purpose).where(sql`${t.guestId} is not null`),
    check(
      'consents_one_person_ck',
      sql`(${t.participantId} is not null) + (${t.mentorId} is not null) + (${t.guestId} is not null) = 1`,
    ),
  ],
);

/**
 * Who did what, when. `details` is JSON that never holds personal data: field names,
 * counts, codes, ids — not values such as names or e-mail addresses.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    at: text('at').notNull().$defaultFn(nowIso),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    /** e.g. create, update, delete, erase, export, import, stage_change, unlock. */
    action: text('action').notNull(),
    /** Table or area, e.g. participants. */
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId, t.at), index('audit_log_at_idx').on(t.at)],
);

export type Consent = typeof consents.$inferSelect;
export type NewConsent = typeof consents.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
