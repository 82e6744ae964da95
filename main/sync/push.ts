import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KobleError } from '../../db/errors.ts';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';
import type { SqliteDatabase } from '../../db/vault/database.ts';
import { exportDataKey, type OpenVault } from '../../db/vault/vault.ts';
import { changeFileName, CHANGE_FILE_FORMAT, parseChangeFileName, sealChangeFile } from './change-file.ts';
import { encodeValue, pkWhere, shapes, statementCache, type RowEntry } from './entries.ts';
import { ensureIdentity } from '../../db/vault/laptop-identity.ts';
import { schemaTag } from './schema-tag.ts';
import { stampChanges } from './stamp.ts';
import { readState, writeState } from './sync-state.ts';

export function requireFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new KobleError('SYNC_FOLDER_MISSING', 'The shared folder does not exist or cannot be reached', { folder });
}

/** The highest sequence number of this laptop's files already in the folder (a restored backup must not reuse one). */
function lastSeqInFolder(folder: string, laptopId: string): number {
  let last = 0;
  for (const name of readdirSync(folder)) {
    const parsed = parseChangeFileName(name);
    if (parsed && parsed.laptopId === laptopId) last = Math.max(last, parsed.seq);
  }
  return last;
}

type OutboxRow = { tbl: string; pk: string; col: string; prev: string | null };

/** The rows the outbox names, as they are now, with their clocks. */
function outgoingEntries(db: SqliteDatabase): RowEntry[] {
  const outbox = db.prepare('select tbl, pk, col, prev from sync_outbox order by tbl, pk, col').all() as OutboxRow[];
  const byRow = new Map<string, OutboxRow[]>();
  for (const row of outbox) {
    const key = JSON.stringify([row.tbl, row.pk]);
    byRow.set(key, [...(byRow.get(key) ?? []), row]);
  }
  const tableShapes = shapes(db, [...new Set(outbox.map((row) => row.tbl))]);
  const clocks = db.prepare('select col, hlc from sync_clock where tbl = ? and pk = ?');
  const prepared = statementCache(db);
  const entries: RowEntry[] = [];
  for (const rows of byRow.values()) {
    const { tbl, pk } = rows[0]!;
    const shape = tableShapes.get(tbl)!;
    if (shape.columns.length === 0) continue; // the table was dropped by a migration
    const current = prepared(`select * from "${tbl}" where ${pkWhere(shape)}`).get(...(JSON.parse(pk) as unknown[])) as Record<string, unknown> | undefined;
    const rowClocks = new Map((clocks.all(tbl, pk) as { col: string; hlc: string }[]).map((c) => [c.col, c.hlc]));
    if (!current) {
      const tombstone = rowClocks.get('-');
      if (tombstone) entries.push({ t: tbl, k: pk, x: tombstone });
      continue;
    }
    const entry: RowEntry = { t: tbl, k: pk, v: Object.fromEntries(Object.entries(current).map(([c, v]) => [c, encodeValue(v)])), s: rowClocks.get('*') ?? null };
    const own = [...rowClocks].filter(([col]) => col !== '*' && col !== '-');
    if (own.length > 0) entry.c = Object.fromEntries(own);
    const prevs = rows.filter((r) => r.col !== '*' && r.col !== '-');
    if (prevs.length > 0) entry.p = Object.fromEntries(prevs.map((r) => [r.col, r.prev]));
    entries.push(entry);
  }
  return entries;
}

export type PushResult = { file: string | null; rows: number; seq: number | null };

/** Writes this laptop's writes since its last push as one sealed change file in the folder. */
export function pushChanges(vault: OpenVault, folder: string, now = new Date()): PushResult {
  requireFolder(folder);
  const db = vault.sqlite;
  const laptop = ensureIdentity(db, vault.path);
  const entries = db.transaction(() => {
    stampChanges(db, laptop.laptopId);
    return outgoingEntries(db);
  })();
  if (entries.length === 0) {
    writeState(db, 'lastPush', now.toISOString());
    return { file: null, rows: 0, seq: null };
  }
  const seq = Math.max(readState<number>(db, 'seq') ?? 0, lastSeqInFolder(folder, laptop.laptopId)) + 1;
  const header = { format: CHANGE_FILE_FORMAT, programme: vault.fileId, laptop: laptop.laptopId, seq, schema: schemaTag(db), createdAt: now.toISOString() };
  const key = exportDataKey(vault);
  let sealed: Buffer;
  try {
    sealed = sealChangeFile(header, { laptopName: laptop.name, entries }, key);
  } finally {
    key.fill(0);
  }
  const file = join(folder, changeFileName(laptop.laptopId, seq));
  writeFileAtomic(file, sealed);
  // A crash before this line only makes the next push send the same rows again under a new number.
  db.transaction(() => {
    db.exec('delete from sync_outbox');
    writeState(db, 'seq', seq);
    writeState(db, 'lastPush', now.toISOString());
  })();
  return { file, rows: entries.length, seq };
}
