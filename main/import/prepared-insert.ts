import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

const PLAIN = new Set(['SQLiteText', 'SQLiteInteger', 'SQLiteReal']);

/**
 * One prepared single-row INSERT for a drizzle table, reused for every row: much faster than
 * drizzle's query builder for thousands of rows. Values go through each column's own mapping
 * (JSON, booleans); missing values take the column's default (or $defaultFn). Call inside a transaction.
 */
export function preparedInsert<T extends SQLiteTable>(client: Database.Database, table: T): (row: T['$inferInsert']) => void {
  const columns: [string, SQLiteColumn][] = Object.entries(getTableColumns(table));
  const encode = columns.map(([, c]) => (PLAIN.has(c.columnType) ? null : (v: unknown) => c.mapToDriverValue(v)));
  const statement = client.prepare(
    `insert into "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const values: unknown[] = new Array(columns.length);
  return (row) => {
    for (let i = 0; i < columns.length; i++) {
      const [key, column] = columns[i]!;
      let value: unknown = Reflect.get(row, key);
      if (value === undefined) value = column.defaultFn ? column.defaultFn() : (column.default ?? null);
      const encoder = encode[i];
      values[i] = value === null || !encoder ? value : encoder(value);
    }
    statement.run(values);
  };
}
