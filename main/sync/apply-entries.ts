import type { SqliteDatabase } from '../../db/vault/database.ts';
import type { TableShape } from '../../db/vault/change-capture.ts';
import { decodeValue, pkWhere, statementCache, type RowEntry } from './entries.ts';
import type { FieldValues } from './conflict-values.ts';
import { maxHlc, type Hlc } from './hlc.ts';
import { mergeRow, type Clocks } from './merge-rules.ts';
import { moveReferences, recordRedirect } from './redirects.ts';

/**
 * A conflict a rule decided, for a coordinator to review: where, which rule, which side was kept;
 * for a field both laptops wrote also the two values (`values`), recorded only inside the
 * encrypted file (conflict-values.ts) and left out of what push, pull and the CLI return.
 */
export type SyncConflict = { table: string; rowId: string; column: string | null; kind: 'field' | 'erased' | 'deleted' | 'duplicate' | 'moved' | 'orphan' | 'stage'; kept: 'here' | 'incoming'; fromLaptop: string; values?: FieldValues };

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Applies incoming rows to this laptop's file by the rules per table (merge-rules.ts): inserts
 * what is new, merges fields by clock, deletes win over edits (tombstones also stop later
 * arrivals of a deleted row), and of two rows that clash on a unique key (two check-ins of one
 * person at one event, made on two laptops) the one with the smaller id stays. Every decision is
 * the same on every laptop, whatever order the files arrive in.
 */
export function createApplier(db: SqliteDatabase, tableShapes: Map<string, TableShape>) {
  const conflicts: SyncConflict[] = [];
  const touched = new Map<string, Set<string>>();
  let newestSeen: Hlc | null = null;
  const clockRows = db.prepare('select col, hlc from sync_clock where tbl = ? and pk = ?');
  const setClock = db.prepare('insert into sync_clock (tbl, pk, col, hlc) values (?, ?, ?, ?) on conflict (tbl, pk, col) do update set hlc = excluded.hlc');
  const clearClocks = db.prepare('delete from sync_clock where tbl = ? and pk = ?');
  const prepared = statementCache(db);
  const selectRow = (shape: TableShape) => prepared(`select * from ${q(shape.name)} where ${pkWhere(shape)}`);

  const touch = (table: string, pk: string) => {
    if (!touched.has(table)) touched.set(table, new Set());
    touched.get(table)!.add(pk);
  };
  const clocksOf = (table: string, pk: string): { clocks: Clocks; tombstone: Hlc | null; newest: Hlc | null } => {
    const clocks: Clocks = { star: null, cols: {} };
    let tombstone: Hlc | null = null;
    let newest: Hlc | null = null;
    for (const { col, hlc } of clockRows.all(table, pk) as { col: string; hlc: Hlc }[]) {
      if (col === '-') tombstone = hlc;
      else if (col === '*') clocks.star = hlc;
      else clocks.cols[col] = hlc;
      newest = maxHlc(newest, hlc);
    }
    return { clocks, tombstone, newest };
  };
  const bury = (table: string, pk: string, hlc: Hlc) => {
    clearClocks.run(table, pk);
    setClock.run(table, pk, '-', hlc);
  };
  const deleteRow = (shape: TableShape, pk: string) => prepared(`delete from ${q(shape.name)} where ${pkWhere(shape)}`).run(...(JSON.parse(pk) as unknown[]));

  const uniqueKeys = new Map<string, string[][]>();
  const uniqueKeysOf = (table: string): string[][] => {
    if (!uniqueKeys.has(table)) {
      const indexes = db.prepare(`select name from pragma_index_list(?) where "unique" = 1 and origin <> 'pk'`).all(table) as { name: string }[];
      uniqueKeys.set(table, indexes.map(({ name }) => (db.prepare('select name from pragma_index_info(?) order by seqno').all(name) as { name: string }[]).map((c) => c.name)));
    }
    return uniqueKeys.get(table)!;
  };

  function uniqueClash(shape: TableShape, values: Record<string, unknown>): string | null {
    for (const columns of uniqueKeysOf(shape.name)) {
      if (columns.some((c) => values[c] === null || values[c] === undefined)) continue;
      const row = prepared(`select json_array(${shape.pk.map(q).join(', ')}) as pk from ${q(shape.name)} where ${columns.map((c) => `${q(c)} = ?`).join(' and ')}`).get(...columns.map((c) => values[c])) as { pk: string } | undefined;
      if (row) return row.pk;
    }
    return null;
  }

  function insert(shape: TableShape, entry: RowEntry, values: Record<string, unknown>, from: string): void {
    const columns = Object.keys(values);
    const sql = `insert into ${q(shape.name)} (${columns.map(q).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
    const clash = uniqueClash(shape, values);
    if (clash !== null) {
      const stamp = maxHlc(entry.s, Object.values(entry.c ?? {}).sort().at(-1)) ?? '0';
      if (entry.k < clash) {
        // What pointed at the dropped row follows the kept one (a cohort's participants), before the delete could SET NULL them.
        recordRedirect(db, shape.name, clash, entry.k);
        for (const moved of moveReferences(db, shape.name, clash, entry.k)) conflicts.push({ ...moved, kind: 'moved', kept: 'incoming', fromLaptop: from });
        deleteRow(shape, clash);
        bury(shape.name, clash, stamp);
        conflicts.push({ table: shape.name, rowId: clash, column: null, kind: 'duplicate', kept: 'incoming', fromLaptop: from });
      } else {
        recordRedirect(db, shape.name, entry.k, clash);
        bury(shape.name, entry.k, stamp);
        conflicts.push({ table: shape.name, rowId: entry.k, column: null, kind: 'duplicate', kept: 'here', fromLaptop: from });
        return;
      }
    }
    prepared(sql).run(...columns.map((c) => values[c]));
    if (entry.s) setClock.run(shape.name, entry.k, '*', entry.s);
    for (const [col, hlc] of Object.entries(entry.c ?? {})) setClock.run(shape.name, entry.k, col, hlc);
  }

  function apply(entry: RowEntry, from: string): void {
    const shape = tableShapes.get(entry.t)!;
    const pkValues = JSON.parse(entry.k) as unknown[];
    const { clocks, tombstone, newest } = clocksOf(entry.t, entry.k);
    for (const hlc of [entry.x, entry.s, ...Object.values(entry.c ?? {})]) newestSeen = maxHlc(newestSeen, hlc);
    touch(entry.t, entry.k);
    if (entry.x) {
      const existed = deleteRow(shape, entry.k).changes > 0;
      if (existed && newest !== null && newest > entry.x) conflicts.push({ table: entry.t, rowId: entry.k, column: null, kind: 'deleted', kept: 'incoming', fromLaptop: from });
      bury(entry.t, entry.k, maxHlc(tombstone, entry.x)!);
      return;
    }
    const values = Object.fromEntries(Object.entries(entry.v ?? {}).map(([c, v]) => [c, decodeValue(v)]));
    if (tombstone) {
      const edited = [entry.s, ...Object.values(entry.c ?? {})].some((hlc) => hlc && hlc > tombstone);
      if (edited) conflicts.push({ table: entry.t, rowId: entry.k, column: null, kind: 'deleted', kept: 'here', fromLaptop: from });
      return;
    }
    const here = selectRow(shape).get(...pkValues) as Record<string, unknown> | undefined;
    if (!here) {
      insert(shape, entry, values, from);
      return;
    }
    const merge = mergeRow(here, clocks, { values, star: entry.s ?? null, cols: entry.c ?? {}, prev: entry.p ?? {} }, shape.pk);
    const columns = Object.keys(merge.set);
    if (columns.length > 0) {
      prepared(`update ${q(shape.name)} set ${columns.map((c) => `${q(c)} = ?`).join(', ')} where ${pkWhere(shape)}`).run(...columns.map((c) => merge.set[c]), ...pkValues);
    }
    if (merge.star) setClock.run(entry.t, entry.k, '*', merge.star);
    for (const [col, hlc] of Object.entries(merge.clocks)) setClock.run(entry.t, entry.k, col, hlc);
    for (const c of merge.conflicts) conflicts.push({ table: entry.t, rowId: entry.k, column: c.column, kind: c.kind, kept: c.kept, fromLaptop: from, ...(c.values ? { values: c.values } : {}) });
  }

  return { apply, conflicts, touched, deleteRow, bury, newestSeen: () => newestSeen };
}
export type Applier = ReturnType<typeof createApplier>;
