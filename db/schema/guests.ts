import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';

/** External people at events (employers, speakers, walk-ins) with minimal fields. */
export const eventGuests = sqliteTable(
  'event_guests',
  {
    id: id(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    /** Where they come from, as free text (company, school, municipality). */
    organisationName: text('organisation_name'),
    /** A walk-in who said at the door they are a participant or mentor: kept as a guest until a coordinator links or registers them. */
    claimedRole: text('claimed_role', { enum: ['participant', 'mentor'] }),
    notes: text('notes'),
    erasedAt: text('erased_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('event_guests_search_text_idx').on(t.searchText),
    index('event_guests_email_idx').on(t.email),
    index('event_guests_phone_idx').on(t.phone),
  ],
);

export type EventGuest = typeof eventGuests.$inferSelect;
export type NewEventGuest = typeof eventGuests.$inferInsert;
