import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';

/** The value lists an office can extend beyond what resources/ ships. */
export const REFERENCE_KINDS = [
  'field',
  'occupation',
  'language',
  'end_reason',
  'dropout_reason',
  'hour_activity',
  'organisation_sector',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/**
 * An office's own values (e.g. a local field "Sykepleie"), each mapped to a shipped code so
 * funder reports can count it under the standard list.
 */
export const referenceValues = sqliteTable(
  'reference_values',
  {
    id: id(),
    kind: text('kind', { enum: REFERENCE_KINDS }).notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    /** The shipped code this value is reported as (e.g. 'medicine_health'); null = itself. */
    mapsTo: text('maps_to'),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('reference_values_kind_code_uq').on(t.kind, t.code), index('reference_values_kind_idx').on(t.kind, t.sortOrder)],
);

export type ReferenceValue = typeof referenceValues.$inferSelect;
export type NewReferenceValue = typeof referenceValues.$inferInsert;
