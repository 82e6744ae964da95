import type { SqliteDatabase } from '../../db/vault/database.ts';

/**
 * This laptop's sharing state (sync_state, key → JSON), never shared with other laptops.
 * `laptops`: other laptops' names by laptop id, as their last applied change file said (for the conflict list).
 */
export type SyncStateKey = 'laptop' | 'laptopName' | 'hlc' | 'seq' | 'applied' | 'lastPush' | 'lastPull' | 'folder' | 'lastError' | 'redirects' | 'laptops';

export function readState<T>(db: SqliteDatabase, key: SyncStateKey): T | null {
  const row = db.prepare('select value from sync_state where key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}

export function writeState(db: SqliteDatabase, key: SyncStateKey, value: unknown): void {
  db.prepare('insert into sync_state (key, value) values (?, ?) on conflict(key) do update set value = excluded.value').run(key, JSON.stringify(value));
}

/** The last sequence number applied per other laptop. */
export type AppliedFiles = Record<string, number>;
