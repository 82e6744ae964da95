import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { updatedAt } from './columns.ts';

/**
 * Programme settings (auto-lock minutes, retention months, county name, …) as key → value,
 * where `value` is JSON text: callers JSON.stringify on write and parse (and validate) on read.
 */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});

export type Setting = typeof settings.$inferSelect;
export type NewSetting = typeof settings.$inferInsert;
