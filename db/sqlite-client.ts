import type Database from 'better-sqlite3';
import type { KobleDb } from './vault/vault.ts';

/**
 * The better-sqlite3 connection behind a drizzle database, for the few hand-written queries
 * (the pipeline grid in one statement, json_each id lists). Same connection, same transaction.
 */
export function sqliteOf(db: KobleDb): Database.Database {
  const client: unknown = Reflect.get(db, '$client');
  if (!client || typeof (client as Database.Database).prepare !== 'function') throw new Error('drizzle database without a better-sqlite3 client');
  return client as Database.Database;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, kept per connection: search as you type runs the same few on every keystroke. */
export function prepared(db: KobleDb, sql: string): Database.Statement {
  const sqlite = sqliteOf(db);
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    if (cache.size > 200) cache.clear();
    cache.set(sql, statement);
  }
  return statement;
}
