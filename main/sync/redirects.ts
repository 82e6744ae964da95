import type { SqliteDatabase } from '../../db/vault/database.ts';
import { readState, writeState } from './sync-state.ts';

/**
 * Two rows that clash on a unique key (the same cohort name made on two laptops): one stays
 * (apply-entries.ts), and what pointed at the other follows it instead of losing the reference.
 * The dropped → kept ids are remembered per table (sync_state 'redirects'), so rows that arrive
 * later still pointing at the dropped one (from another laptop, in a later file) follow too.
 */
type Redirects = Record<string, Record<string, string>>;
type Reference = { table: string; column: string };

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function recordRedirect(db: SqliteDatabase, table: string, droppedPk: string, keptPk: string): void {
  const all = readState<Redirects>(db, 'redirects') ?? {};
  writeState(db, 'redirects', { ...all, [table]: { ...all[table], [droppedPk]: keptPk } });
}

/** The row a dropped duplicate was merged into, if any (pk as JSON text). */
export function redirectOf(db: SqliteDatabase, table: string, pk: string): string | null {
  return readState<Redirects>(db, 'redirects')?.[table]?.[pk] ?? null;
}

/** Columns in other tables that reference `table`'s single-column primary key. */
function referencesTo(db: SqliteDatabase, table: string): Reference[] {
  const tables = db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'`).pluck().all() as string[];
  return tables.flatMap((child) =>
    (db.prepare('select "table" as parent, "from" as col from pragma_foreign_key_list(?)').all(child) as { parent: string; col: string }[])
      .filter((fk) => fk.parent === table)
      .map((fk) => ({ table: child, column: fk.col })),
  );
}

/** Points every row that references the dropped row at the kept one; returns the rows moved (pk as JSON text). */
export function moveReferences(db: SqliteDatabase, table: string, droppedPk: string, keptPk: string): { table: string; rowId: string; column: string }[] {
  const dropped = (JSON.parse(droppedPk) as unknown[])[0];
  const kept = (JSON.parse(keptPk) as unknown[])[0];
  const moved: { table: string; rowId: string; column: string }[] = [];
  for (const ref of referencesTo(db, table)) {
    const pkCols = (db.prepare('select name from pragma_table_info(?) where pk > 0 order by pk').all(ref.table) as { name: string }[]).map((c) => c.name);
    const key = pkCols.length > 0 ? `json_array(${pkCols.map(q).join(', ')})` : 'json_array(rowid)';
    const rows = db.prepare(`select ${key} from ${q(ref.table)} where ${q(ref.column)} = ?`).pluck().all(dropped) as string[];
    if (rows.length === 0) continue;
    db.prepare(`update ${q(ref.table)} set ${q(ref.column)} = ? where ${q(ref.column)} = ?`).run(kept, dropped);
    for (const rowId of rows) moved.push({ table: ref.table, rowId, column: ref.column });
  }
  return moved;
}
