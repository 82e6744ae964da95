import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { events } from './events.ts';

/** What happened to one kit item when a kit was merged back. */
export const KIT_ITEM_OUTCOMES = ['applied', 'unchanged', 'matched', 'created', 'skipped'] as const;
export type KitItemOutcome = (typeof KIT_ITEM_OUTCOMES)[number];

/**
 * Items of event kits already merged into the programme (a check-in or a walk-in, by the stable
 * id the kit gave it), so importing the same kit again changes nothing, even after a conflict
 * was decided. Ids, codes and times only: no personal data.
 */
export const eventKitItems = sqliteTable(
  'event_kit_items',
  {
    itemId: text('item_id').primaryKey(),
    kitId: text('kit_id').notNull(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['check_in', 'walk_in'] }).notNull(),
    outcome: text('outcome', { enum: KIT_ITEM_OUTCOMES }).notNull(),
    /** The attendance row the item ended in (null when skipped). No FK: the row may be removed later. */
    attendanceId: text('attendance_id'),
    mergedAt: text('merged_at').notNull(),
  },
  (t) => [index('event_kit_items_kit_idx').on(t.kitId)],
);

export type EventKitItem = typeof eventKitItems.$inferSelect;
