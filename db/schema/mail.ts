import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { events } from './events.ts';
import { eventGuests } from './guests.ts';
import { matches } from './matching.ts';
import { mentors } from './mentors.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';

/** An office's own copy of a template (kind and language as in shared/mail-templates.ts); without one the default applies. */
export const mailTemplates = sqliteTable(
  'mail_templates',
  {
    kind: text('kind').notNull(),
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.language] })],
);

/**
 * queued: written, not yet handed to the server; sending: handed over, no answer recorded yet (a
 * crash here leaves it for the coordinator to check, never sent again by itself); sent; failed
 * (the server's error in `error`, retried from the outbox); draft: written as an .eml for Outlook.
 */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'draft'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * The outbox: every message is written here before it is sent. `idempotency_key` (template +
 * person + event/match + version) is unique, so the same invitation is never queued twice.
 * Erasure blanks address, subject, body and calendar of the person's messages.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: id(),
    idempotencyKey: text('idempotency_key').notNull(),
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id').references(() => mentors.id, { onDelete: 'cascade' }),
    guestId: text('guest_id').references(() => eventGuests.id, { onDelete: 'cascade' }),
    templateKind: text('template_kind').notNull(),
    language: text('language').notNull(),
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    matchId: text('match_id').references(() => matches.id, { onDelete: 'set null' }),
    toAddress: text('to_address'),
    toName: text('to_name'),
    subject: text('subject'),
    body: text('body'),
    /** The .ics sent with the message (koblingsmøte and event invitations). */
    calendar: text('calendar'),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('queued'),
    /** The server's answer in words when the last attempt failed. */
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    messageId: text('message_id'),
    sentAt: text('sent_at'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('mail_outbox_key_uq').on(t.idempotencyKey),
    index('mail_outbox_status_idx').on(t.status, t.createdAt),
    index('mail_outbox_participant_idx').on(t.participantId).where(sql`${t.participantId} is not null`),
    index('mail_outbox_mentor_idx').on(t.mentorId).where(sql`${t.mentorId} is not null`),
    index('mail_outbox_guest_idx').on(t.guestId).where(sql`${t.guestId} is not null`),
    index('mail_outbox_event_idx').on(t.eventId),
    index('mail_outbox_match_idx').on(t.matchId),
  ],
);

/** SEQUENCE of a calendar invitation: 0 for its first version, one more for each changed version. */
export const mailCalendarVersions = sqliteTable(
  'mail_calendar_versions',
  {
    uid: text('uid').notNull(),
    version: text('version').notNull(),
    sequence: integer('sequence').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.uid, t.version] })],
);

export type MailTemplateRow = typeof mailTemplates.$inferSelect;
export type OutboxRow = typeof mailOutbox.$inferSelect;
export type NewOutboxRow = typeof mailOutbox.$inferInsert;
