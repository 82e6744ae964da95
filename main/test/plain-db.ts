import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from '../../db/schema/index.ts';

export const MIGRATIONS = fileURLToPath(new URL('../../db/migrations', import.meta.url));
export const TEST_STAFF_ID = 'staff-test-1';

export type TestDb = { db: BetterSQLite3Database<typeof schema>; sqlite: Database.Database; close(): void };

/** A plain (unencrypted) temp database with the migrations applied and one staff member: for tests only. */
export function openTestDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'koble-demo-test-'));
  const sqlite = new Database(join(dir, 'programme.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  db.insert(schema.staff).values({ id: TEST_STAFF_ID, name: 'Test Koordinator', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }).run();
  return {
    db,
    sqlite,
    close() {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
