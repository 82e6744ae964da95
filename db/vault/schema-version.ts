import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { vaultError } from '../errors.ts';
import type { SqliteDatabase } from './database.ts';

const MIGRATIONS_TABLE = '__drizzle_migrations';

type Journal = { entries: { idx: number; when: number; tag: string }[] };

export type SchemaStatus = {
  /** migrations applied to this file */
  applied: number;
  /** migrations this version of Koble knows */
  known: number;
  pending: number;
  /** the file was written by a newer Koble */
  fromFuture: boolean;
};

export function readJournal(migrationsDir: string): Journal {
  return JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** Reads the file's schema version without writing anything. */
export function schemaStatus(db: SqliteDatabase, migrationsDir: string): SchemaStatus {
  const journal = readJournal(migrationsDir);
  const known = journal.entries.length;
  const lastKnown = journal.entries.at(-1)?.when ?? 0;
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
  if (!hasTable) return { applied: 0, known, pending: known, fromFuture: false };
  const applied = db.prepare(`SELECT created_at AS createdAt FROM ${MIGRATIONS_TABLE}`).all() as { createdAt: number }[];
  const lastApplied = Math.max(0, ...applied.map((row) => Number(row.createdAt)));
  return {
    applied: applied.length,
    known,
    pending: journal.entries.filter((entry) => entry.when > lastApplied).length,
    fromFuture: lastApplied > lastKnown,
  };
}

export function refuseFutureSchema(status: SchemaStatus): void {
  if (status.fromFuture) {
    throw vaultError('VAULT_FROM_FUTURE', 'This programme file was saved by a newer version of Koble; update Koble to open it', {
      applied: status.applied,
      known: status.known,
    });
  }
}

/** Applies every pending migration in one transaction (drizzle's migrator does BEGIN … COMMIT). */
export function applyMigrations(db: SqliteDatabase, migrationsDir: string): void {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsDir });
  const row = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
  if (!row) db.exec(`CREATE TABLE ${MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  const last = db.prepare(`SELECT max(created_at) AS last FROM ${MIGRATIONS_TABLE}`).get() as { last: number | null };
  const pending = migrations.filter((migration) => migration.folderMillis > Number(last.last ?? 0));
  if (pending.length === 0) return;
  const insert = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
  // drizzle-kit rebuilds a table it cannot ALTER and turns foreign keys off around it, but that
  // pragma is a no-op inside a transaction: dropping the old table would then cascade-delete its
  // children. So foreign keys are off for the whole migration and checked before it commits.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim()) db.exec(statement);
        }
        insert.run(migration.hash, migration.folderMillis);
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration leaves ${broken.length} broken foreign key reference(s)`);
    })();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
