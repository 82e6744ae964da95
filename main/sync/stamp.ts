import type { SqliteDatabase } from '../../db/vault/database.ts';
import { nextHlc, type Hlc } from './hlc.ts';
import { readState, writeState } from './sync-state.ts';

type Captured = { seq: number; tbl: string; pk: string; op: 'i' | 'u' | 'd'; cols: string | null; atMs: number };

/**
 * Gives the captured writes (sync_changes) their clock stamps, in the order they were made: an
 * insert stamps the row ('*'), an update each changed column, a delete leaves a tombstone ('-').
 * The stamps go into sync_clock (the clock of each field's current value) and sync_outbox (what
 * the next push sends, with the clock each first unpushed write overwrote). Runs before every
 * push and pull, inside their transaction.
 */
export function stampChanges(db: SqliteDatabase, laptopId: string): number {
  const rows = db.prepare('select seq, tbl, pk, op, cols, at_ms as atMs from sync_changes order by seq').all() as Captured[];
  if (rows.length === 0) return 0;
  const clockOf = db.prepare('select hlc from sync_clock where tbl = ? and pk = ? and col = ?').pluck();
  const setClock = db.prepare('insert into sync_clock (tbl, pk, col, hlc) values (?, ?, ?, ?) on conflict (tbl, pk, col) do update set hlc = excluded.hlc');
  const clearClocks = db.prepare('delete from sync_clock where tbl = ? and pk = ?');
  const outbox = db.prepare('insert into sync_outbox (tbl, pk, col, hlc, prev) values (?, ?, ?, ?, ?) on conflict (tbl, pk, col) do update set hlc = excluded.hlc');
  let last = readState<Hlc>(db, 'hlc');
  for (const row of rows) {
    const hlc = nextHlc(last, row.atMs, laptopId);
    last = hlc;
    if (row.op === 'u') {
      for (const col of (row.cols ?? '').split(',').filter(Boolean)) {
        const prev = (clockOf.get(row.tbl, row.pk, col) ?? clockOf.get(row.tbl, row.pk, '*') ?? null) as Hlc | null;
        setClock.run(row.tbl, row.pk, col, hlc);
        outbox.run(row.tbl, row.pk, col, hlc, prev);
      }
      continue;
    }
    const col = row.op === 'i' ? '*' : '-';
    clearClocks.run(row.tbl, row.pk);
    setClock.run(row.tbl, row.pk, col, hlc);
    outbox.run(row.tbl, row.pk, col, hlc, null);
  }
  db.prepare('delete from sync_changes where seq <= ?').run(rows.at(-1)!.seq);
  writeState(db, 'hlc', last);
  return rows.length;
}
