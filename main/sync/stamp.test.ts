import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import type { SqliteDatabase } from '../../db/vault/database.ts';
import { createVault, type OpenVault } from '../../db/vault/vault.ts';
import { formatHlc, nextHlc, type Hlc } from './hlc.ts';
import { stampChanges } from './stamp.ts';
import { readState, writeState } from './sync-state.ts';

/** The stamping as it was, four statements per changed field: the set-based one must leave exactly the same clocks and outbox. */
function stampOneByOne(db: SqliteDatabase, laptopId: string): void {
  const rows = db.prepare('select seq, tbl, pk, op, cols, at_ms as atMs from sync_changes order by seq').all() as { seq: number; tbl: string; pk: string; op: string; cols: string | null; atMs: number }[];
  if (rows.length === 0) return;
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
}

/** A small deterministic random generator (mulberry32), so a failing case can be replayed by its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLS = ['notes', 'phone', 'stage'];
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Clocks and outbox left from earlier work, then a run of captured inserts, updates and deletes on a few rows. */
function scene(db: SqliteDatabase, seed: number): void {
  const r = random(seed);
  db.exec('delete from sync_changes; delete from sync_clock; delete from sync_outbox');
  const rowsOf = ['["p1"]', '["p2"]', '["p3"]', '[4]'];
  const base = 1_796_000_000_000;
  for (const pk of rowsOf) {
    if (r() < 0.7) db.prepare('insert into sync_clock values (?, ?, ?, ?)').run('participants', pk, '*', formatHlc(base - 5000, 0, 'other'));
    for (const col of COLS) if (r() < 0.3) db.prepare('insert into sync_clock values (?, ?, ?, ?)').run('participants', pk, col, formatHlc(base - 1000 + Math.floor(r() * 500), 0, 'other'));
    for (const col of COLS) if (r() < 0.2) db.prepare('insert into sync_outbox values (?, ?, ?, ?, ?)').run('participants', pk, col, formatHlc(base - 900, 1, 'me'), r() < 0.5 ? null : formatHlc(base - 2000, 0, 'x'));
  }
  if (r() < 0.5) writeState(db, 'hlc', formatHlc(base + Math.floor(r() * 20), Math.floor(r() * 3), 'me'));
  else db.prepare("delete from sync_state where key = 'hlc'").run();
  const captured = 1 + Math.floor(r() * 25);
  for (let i = 0; i < captured; i++) {
    const op = pick(r, ['i', 'u', 'u', 'u', 'd'] as const);
    const cols = op === 'u' ? `,${COLS.filter(() => r() < 0.6).join(',') || 'notes'}` : null;
    db.prepare('insert into sync_changes (tbl, pk, op, cols, at_ms) values (?, ?, ?, ?, ?)').run(pick(r, ['participants', 'participants', 'mentors']), pick(r, rowsOf), op, cols, base + Math.floor(r() * 30) - 10);
  }
}

function result(db: SqliteDatabase) {
  return {
    clock: db.prepare('select * from sync_clock order by tbl, pk, col').all(),
    outbox: db.prepare('select * from sync_outbox order by tbl, pk, col').all(),
    hlc: readState<Hlc>(db, 'hlc'),
    left: db.prepare('select count(*) from sync_changes').pluck().get(),
  };
}

function outcome(db: SqliteDatabase, seed: number, stamp: (db: SqliteDatabase) => void) {
  let seen: ReturnType<typeof result> | undefined;
  try {
    db.transaction(() => {
      scene(db, seed);
      stamp(db);
      seen = result(db);
      throw new Error('rollback');
    })();
  } catch (error) {
    if ((error as Error).message !== 'rollback') throw error;
  }
  return seen!;
}

describe('stamping captured writes, set-based', { timeout: 120_000 }, () => {
  const { dir, cleanup } = tempDir('koble-stamp-');
  let vault: OpenVault;
  beforeAll(async () => {
    ({ vault } = await createVault({ path: `${dir}/Stempel.koble`, staffName: 'Kari', passphrase: 'fire grønne elefanter danser' }));
  });
  afterAll(() => {
    vault?.close();
    cleanup();
  });

  it('leaves the same clocks, outbox and last clock as stamping field by field (300 random runs of inserts, updates and deletes)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const expected = outcome(vault.sqlite, seed, (db) => stampOneByOne(db, 'me'));
      const actual = outcome(vault.sqlite, seed, (db) => stampChanges(db, 'me'));
      expect(actual, `seed ${seed}`).toEqual(expected);
    }
  });
});
