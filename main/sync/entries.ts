import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { SqliteDatabase } from '../../db/vault/database.ts';
import { tableShape, type TableShape } from '../../db/vault/change-capture.ts';

/**
 * One row's state in a change file. `v` all its values now, `s` the clock of its insert, `c` the
 * clocks of columns written since, `p` the clocks this laptop's writes overwrote (to tell an
 * edit made after seeing the other laptop's from a concurrent one); or `x`, the clock of its
 * deletion. Whole rows, so a laptop that missed the insert still gets the row.
 */
const hlc = z.string().min(1).max(100);
export const valueSchema = z.union([z.string(), z.number(), z.null(), z.object({ $b: z.string() })]);
export const rowEntrySchema = z.object({
  t: z.string().min(1).max(100),
  k: z.string().min(2).max(1000),
  v: z.record(z.string(), valueSchema).optional(),
  s: hlc.nullable().optional(),
  c: z.record(z.string(), hlc).optional(),
  p: z.record(z.string(), hlc.nullable()).optional(),
  x: hlc.optional(),
});
export type RowEntry = z.infer<typeof rowEntrySchema>;

export const payloadSchema = z.object({ laptopName: z.string().max(200), entries: z.array(rowEntrySchema) });
export type ChangePayload = z.infer<typeof payloadSchema>;

export type Value = z.infer<typeof valueSchema>;

export function encodeValue(raw: unknown): Value {
  if (Buffer.isBuffer(raw)) return { $b: raw.toString('base64') };
  if (typeof raw === 'bigint') return Number(raw);
  return raw as Value;
}

export function decodeValue(encoded: Value): unknown {
  return encoded !== null && typeof encoded === 'object' ? Buffer.from(encoded.$b, 'base64') : encoded;
}

/** Table shapes by name, read once per push or pull. */
export function shapes(db: SqliteDatabase, tables: string[]): Map<string, TableShape> {
  return new Map(tables.map((t) => [t, tableShape(db, t)]));
}

export function pkWhere(shape: TableShape): string {
  return shape.pk.map((c) => `"${c}" = ?`).join(' and ');
}

/** Prepared statements by SQL text, for the per-row statements of a push or a pull. */
export function statementCache(db: SqliteDatabase): (sql: string) => Statement<unknown[]> {
  const cache = new Map<string, Statement<unknown[]>>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
