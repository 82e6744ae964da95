import type { SqliteDatabase } from './database.ts';

/**
 * Change capture for sharing a programme between laptops (main/sync): AFTER INSERT / UPDATE /
 * DELETE triggers on every shared table record which row changed (and, for an update, which
 * columns) in `sync_changes`, inside the writing transaction, whatever code wrote it.
 *
 * The triggers are made from the tables' current columns, so they are installed only once a
 * programme is shared, dropped before migrations and made again after them (a migration that
 * drops a column would otherwise fail on a trigger naming it).
 */
const PREFIX = 'sync_capture_';

/** Tables whose rows travel between laptops: everything but SQLite's, drizzle's and sync's own. */
export function sharedTables(db: SqliteDatabase): string[] {
  const rows = db
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'sync\\_%' escape '\\' and name <> '__drizzle_migrations' order by name`)
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

export type TableShape = { name: string; columns: string[]; pk: string[] };

export function tableShape(db: SqliteDatabase, name: string): TableShape {
  const info = db.prepare(`select name, pk from pragma_table_info(?)`).all(name) as { name: string; pk: number }[];
  const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  return { name, columns: info.map((c) => c.name), pk: pk.length > 0 ? pk : ['rowid'] };
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const lit = (value: string) => `'${value.replaceAll("'", "''")}'`;
const NOW_MS = `cast(unixepoch('subsec') * 1000 as integer)`;

function triggerSql(shape: TableShape): Record<string, string> {
  const t = q(shape.name);
  const pkOf = (row: 'NEW' | 'OLD') => `json_array(${shape.pk.map((c) => `${row}.${q(c)}`).join(', ')})`;
  const changed = shape.columns.map((c) => `OLD.${q(c)} IS NOT NEW.${q(c)}`);
  const changedList = shape.columns.map((c) => `(CASE WHEN OLD.${q(c)} IS NOT NEW.${q(c)} THEN ${lit(',' + c)} ELSE '' END)`).join(' || ');
  const insert = (op: string, row: 'NEW' | 'OLD', cols: string) =>
    `INSERT INTO sync_changes (tbl, pk, op, cols, at_ms) VALUES (${lit(shape.name)}, ${pkOf(row)}, '${op}', ${cols}, ${NOW_MS});`;
  return {
    [`${PREFIX}${shape.name}_i`]: `CREATE TRIGGER ${q(`${PREFIX}${shape.name}_i`)} AFTER INSERT ON ${t} BEGIN ${insert('i', 'NEW', 'NULL')} END`,
    [`${PREFIX}${shape.name}_u`]: `CREATE TRIGGER ${q(`${PREFIX}${shape.name}_u`)} AFTER UPDATE ON ${t} WHEN ${changed.join(' OR ')} BEGIN ${insert('u', 'NEW', changedList)} END`,
    [`${PREFIX}${shape.name}_d`]: `CREATE TRIGGER ${q(`${PREFIX}${shape.name}_d`)} AFTER DELETE ON ${t} BEGIN ${insert('d', 'OLD', 'NULL')} END`,
  };
}

function installedTriggers(db: SqliteDatabase): Map<string, string> {
  const rows = db.prepare(`select name, sql from sqlite_master where type = 'trigger' and name like '${PREFIX}%'`).all() as { name: string; sql: string }[];
  return new Map(rows.map((row) => [row.name, row.sql]));
}

export function captureInstalled(db: SqliteDatabase): boolean {
  return installedTriggers(db).size > 0;
}

/** Makes the capture triggers match the tables' current columns (idempotent; one transaction). */
export function ensureCapture(db: SqliteDatabase): void {
  const wanted = new Map<string, string>();
  for (const table of sharedTables(db)) for (const [name, sql] of Object.entries(triggerSql(tableShape(db, table)))) wanted.set(name, sql);
  const installed = installedTriggers(db);
  db.transaction(() => {
    for (const [name, sql] of installed) if (wanted.get(name) !== sql) db.exec(`DROP TRIGGER ${q(name)}`);
    for (const [name, sql] of wanted) if (installed.get(name) !== sql) db.exec(sql);
  })();
}

export function dropCapture(db: SqliteDatabase): void {
  db.transaction(() => {
    for (const name of installedTriggers(db).keys()) db.exec(`DROP TRIGGER ${q(name)}`);
  })();
}

/** A programme is shared once this laptop has a sharing identity (main/sync/identity.ts). */
export function sharingEnabled(db: SqliteDatabase): boolean {
  const table = db.prepare(`select 1 from sqlite_master where type = 'table' and name = 'sync_state'`).get();
  return table !== undefined && db.prepare(`select 1 from sync_state where key = 'laptop'`).get() !== undefined;
}
