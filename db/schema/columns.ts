/**
 * Column helpers shared by every table.
 *
 * Conventions (the whole schema follows them):
 * - ids are TEXT random UUIDs (crypto.randomUUID), so rows can be created offline on
 *   two laptops (event kits) and merged without clashes;
 * - `*_on` columns hold a calendar date as ISO TEXT 'YYYY-MM-DD';
 * - `*_at` columns hold an instant as full ISO TEXT in UTC ('2026-03-01T17:04:00.000Z');
 * - enumerations are TEXT holding an English identifier from an `as const` list exported
 *   beside the table (validated by the API's zod schemas, not by CHECK constraints, so
 *   adding a value never forces a table rebuild);
 * - JSON is TEXT (drizzle `mode: 'json'`), never personal data in audit details.
 */
import { randomUUID } from 'node:crypto';
import { text } from 'drizzle-orm/sqlite-core';

export const newId = (): string => randomUUID();

export const nowIso = (): string => new Date().toISOString();

/** TEXT primary key filled with a random UUID when the caller gives none. */
export const id = () => text('id').primaryKey().$defaultFn(newId);

/** Instant the row was created. */
export const createdAt = () => text('created_at').notNull().$defaultFn(nowIso);

/** Instant the row was last changed; set on insert, and on update by drizzle. */
export const updatedAt = () => text('updated_at').notNull().$defaultFn(nowIso).$onUpdateFn(nowIso);
