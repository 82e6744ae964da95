import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';

/** admin: everything incl. staff and settings; coordinator: daily work; volunteer: kiosk and events. */
export const STAFF_ROLES = ['admin', 'coordinator', 'volunteer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** People who use Koble (each has a key slot in the vault). */
export const staff = sqliteTable(
  'staff',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email'),
    role: text('role', { enum: STAFF_ROLES }).notNull().default('coordinator'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('staff_active_idx').on(t.active)],
);

export type Staff = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;
