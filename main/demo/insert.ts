import Database from 'better-sqlite3';
import type { RunResult } from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { BaseSQLiteDatabase, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema/index.ts';
import type { DemoRows } from './context.ts';

/** A drizzle database or transaction over the Koble schema. */
export type DemoWriter = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

/** The better-sqlite3 connection behind a drizzle database, when it exposes one (`drizzle()` does). */
export function rawClient(db: object): Database.Database | null {
  const client: unknown = Reflect.get(db, '$client');
  return client instanceof Database ? client : null;
}

const PLAIN = new Set(['SQLiteText', 'SQLiteInteger', 'SQLiteReal']);

/**
 * One prepared single-row INSERT reused for every row: values go through each column's own
 * mapping (JSON, booleans), so the stored form is what drizzle would write. Generated rows must
 * set every column with a runtime default (ids, timestamps), or the demo would not be repeatable.
 */
function insertPrepared<T extends SQLiteTable>(client: Database.Database, table: T, rows: readonly T['$inferInsert'][]): void {
  if (rows.length === 0) return;
  const columns: [string, SQLiteColumn][] = Object.entries(getTableColumns(table));
  // Plain TEXT, INTEGER and REAL columns store the value as it is; JSON and boolean columns map it.
  const encoders = columns.map(([, c]) => (PLAIN.has(c.columnType) ? null : (v: unknown) => c.mapToDriverValue(v)));
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  const statement = client.prepare(`insert into "${getTableName(table)}" (${names}) values (${columns.map(() => '?').join(', ')})`);
  const values: unknown[] = new Array(columns.length);
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      const [key, column] = columns[i] as [string, SQLiteColumn];
      let value: unknown = Reflect.get(row, key);
      if (value === undefined) {
        if (column.defaultFn) throw new Error(`demo rows must set ${getTableName(table)}.${column.name}`);
        value = column.default ?? null;
      }
      const encode = encoders[i];
      values[i] = value === null || !encode ? value : encode(value);
    }
    statement.run(values);
  }
}

/** Fallback through drizzle's query builder, in chunks under SQLite's bound-value limit. */
function insertChunked<T extends SQLiteTable>(db: DemoWriter, table: T, rows: readonly T['$inferInsert'][]): void {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.min(500, Math.floor(20_000 / columns)));
  for (let i = 0; i < rows.length; i += size) {
    db.insert(table).values(rows.slice(i, i + size)).run();
  }
}

/** Inserts every generated row, parents before children; call inside a transaction. */
export function insertRows(db: DemoWriter, rows: DemoRows, client: Database.Database | null): void {
  const insert = <T extends SQLiteTable>(table: T, list: readonly T['$inferInsert'][]) =>
    client ? insertPrepared(client, table, list) : insertChunked(db, table, list);
  insert(schema.organisations, rows.organisations);
  insert(schema.cohorts, rows.cohorts);
  insert(schema.grants, rows.grants);
  insert(schema.grantDeadlines, rows.grantDeadlines);
  insert(schema.grantCohorts, rows.grantCohorts);
  insert(schema.referenceValues, rows.referenceValues);
  insert(schema.mentors, rows.mentors);
  insert(schema.participants, rows.participants);
  insert(schema.stageChanges, rows.stageChanges);
  insert(schema.matches, rows.matches);
  insert(schema.matchExclusions, rows.matchExclusions);
  insert(schema.matchMeetings, rows.matchMeetings);
  insert(schema.placements, rows.placements);
  insert(schema.outcomes, rows.outcomes);
  insert(schema.progressionForms, rows.progressionForms);
  insert(schema.eventGuests, rows.eventGuests);
  insert(schema.events, rows.events);
  insert(schema.attendance, rows.attendance);
  insert(schema.followUps, rows.followUps);
  insert(schema.hours, rows.hours);
  insert(schema.consents, rows.consents);
  insert(schema.auditLog, rows.auditLog);
}
