import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Sharing one programme between laptops through encrypted change files (main/sync, docs/sync.md).
 * None of these tables is itself shared: they describe this laptop's copy.
 *
 * `sync_changes` is filled by the capture triggers (db/vault/change-capture.ts): one row per
 * written row, the changed column names for an update, and the wall-clock millisecond of the write.
 */
export const syncChanges = sqliteTable('sync_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  tbl: text('tbl').notNull(),
  /** JSON array of the primary-key values. */
  pk: text('pk').notNull(),
  /** i insert, u update, d delete. */
  op: text('op').notNull(),
  /** ",col,col" for an update; null otherwise. */
  cols: text('cols'),
  atMs: integer('at_ms').notNull(),
});

/**
 * The hybrid-logical-clock stamp of each field's current value: `col` is a column name, '*' the
 * row's insert (covers every column without its own entry) or '-' a deletion (tombstone).
 */
export const syncClock = sqliteTable(
  'sync_clock',
  {
    tbl: text('tbl').notNull(),
    pk: text('pk').notNull(),
    col: text('col').notNull(),
    hlc: text('hlc').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.pk, t.col] })],
);

/** Local writes stamped but not yet pushed; `prev` is the clock the first unpushed write overwrote. */
export const syncOutbox = sqliteTable(
  'sync_outbox',
  {
    tbl: text('tbl').notNull(),
    pk: text('pk').notNull(),
    col: text('col').notNull(),
    hlc: text('hlc').notNull(),
    prev: text('prev'),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.pk, t.col] })],
);

/** This laptop's sharing state as key → JSON value (laptop id, clock, sequence, files applied). */
export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * How `sync_conflicts.detail` names the people a row is about ("participant:<id>", "mentor:<id>"):
 * written by main/sync/conflict-values.ts, matched by the erasure (main/privacy/erase-person.ts)
 * that wipes their values.
 */
export const conflictPersonKey = (kind: 'participant' | 'mentor', id: string): string => `${kind}:${id}`;

/**
 * Every conflict a rule decided during a pull, for a coordinator to review. `detail` (JSON, only
 * for a field both laptops wrote) holds the value kept and the value overwritten with the laptop
 * each came from, and the people the row is about: personal data, kept only in this encrypted
 * file, never logged, and wiped when one of those people is erased (main/privacy/erase-person.ts).
 */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    tbl: text('tbl').notNull(),
    pk: text('pk').notNull(),
    col: text('col'),
    /** field (both edited; the later clock kept), erased, deleted, duplicate, orphan, stage */
    kind: text('kind').notNull(),
    kept: text('kept').notNull(),
    fromLaptop: text('from_laptop').notNull(),
    reviewedAt: text('reviewed_at'),
    detail: text('detail'),
  },
  (t) => [index('sync_conflicts_open_idx').on(t.reviewedAt)],
);
