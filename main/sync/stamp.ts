import type { SqliteDatabase } from '../../db/vault/database.ts';
import { parseHlc, type Hlc } from './hlc.ts';
import { readState, writeState } from './sync-state.ts';


/**
 * The clock each field had before its first write in this batch (the outbox's `prev`): after an
 * insert or delete earlier in the batch, the insert's clock or none; otherwise the field's own
 * clock, or the row's insert clock.
 */
const OUTBOX_SQL = `
insert into sync_outbox (tbl, pk, col, hlc, prev)
select f.tbl, f.pk, f.col, f.hlc,
  case
    when f.reset = 1 then null
    when f.resetBefore is not null then (select case when r.col = '*' then r.hlc end from temp.sync_stamp r where r.tbl = f.tbl and r.pk = f.pk and r.reset = 1 and r.ord = f.resetBefore)
    else coalesce(
      (select c.hlc from sync_clock c where c.tbl = f.tbl and c.pk = f.pk and c.col = f.col),
      (select c.hlc from sync_clock c where c.tbl = f.tbl and c.pk = f.pk and c.col = '*'))
  end
from (
  select g.tbl, g.pk, g.col, g.hlc, g.reset,
    (select max(r.ord) from temp.sync_stamp r where r.tbl = g.tbl and r.pk = g.pk and r.reset = 1 and r.ord < g.firstOrd) as resetBefore
  from (select tbl, pk, col, reset, min(ord) as firstOrd, (select l.hlc from temp.sync_stamp l where l.tbl = e.tbl and l.pk = e.pk and l.col = e.col order by l.ord desc limit 1) as hlc
        from temp.sync_stamp e group by tbl, pk, col) g
) f
where true
on conflict (tbl, pk, col) do update set hlc = excluded.hlc`;

/** Each field's clock after the batch: a row inserted or deleted in it keeps only its last insert/delete and the updates after it. */
const CLOCK_SQL = [
  `create temp table sync_stamp_reset as select tbl, pk, max(ord) as ord from temp.sync_stamp where reset = 1 group by tbl, pk`,
  `delete from sync_clock where exists (select 1 from temp.sync_stamp_reset r where r.tbl = sync_clock.tbl and r.pk = sync_clock.pk)`,
  `insert into sync_clock (tbl, pk, col, hlc)
   select tbl, pk, col, hlc from (
     select e.tbl, e.pk, e.col, e.hlc, max(e.ord) from temp.sync_stamp e
     left join temp.sync_stamp_reset r on r.tbl = e.tbl and r.pk = e.pk
     where r.ord is null or e.ord >= r.ord
     group by e.tbl, e.pk, e.col)
   where true
   on conflict (tbl, pk, col) do update set hlc = excluded.hlc`,
];

/**
 * Gives the captured writes (sync_changes) their clock stamps, in the order they were made: an
 * insert stamps the row ('*'), an update each changed column, a delete leaves a tombstone ('-').
 * The stamps go into sync_clock (the clock of each field's current value) and sync_outbox (what
 * the next push sends, with the clock each first unpushed write overwrote). Runs before every
 * push and pull, inside their transaction.
 *
 * The clocks are computed here, one per captured write (a pure loop); the fields are then
 * written set-based, a few statements for the whole batch, not four per changed field.
 */
/**
 * Every captured write's clock, computed in SQL exactly as nextHlc does one by one: the
 * milliseconds are the running maximum of the writes' own (and the last clock's); the counter
 * restarts at 0 where that maximum rises and otherwise counts on (from the last clock's counter
 * while the maximum is still the last clock's). An update is split into its columns.
 */
const EVENTS_SQL = `
insert into temp.sync_stamp (tbl, pk, col, ord, hlc, reset)
with recursive ordered as (
  select seq, tbl, pk, op, cols, max(max(at_ms) over (order by seq rows between unbounded preceding and current row), cast(:lastMs as integer)) as ms
  from sync_changes where seq <= :lastSeq
), stamped as (
  select seq, tbl, pk, op, cols,
    printf('%015d.%06d.%s', ms,
      case when :hasLast = 1 and ms = cast(:lastMs as integer) then cast(:lastCounter as integer) + row_number() over (partition by ms order by seq)
           else row_number() over (partition by ms order by seq) - 1 end, :laptopId) as hlc
  from ordered
), split (seq, tbl, pk, hlc, col, rest) as (
  select seq, tbl, pk, hlc, null, substr(cols, 1) || ',' from stamped where op = 'u'
  union all
  select seq, tbl, pk, hlc, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1) from split where rest <> ''
)
select tbl, pk, col, seq, hlc, 0 from split where col is not null and col <> ''
union all
select tbl, pk, case op when 'i' then '*' else '-' end, seq, hlc, 1 from stamped where op <> 'u'
order by 1, 2, 3, 4`;

export function stampChanges(db: SqliteDatabase, laptopId: string): number {
  const range = db.prepare('select max(seq) as lastSeq, count(*) as n from sync_changes').get() as { lastSeq: number | null; n: number };
  if (range.n === 0 || range.lastSeq === null) return 0;
  const last = readState<Hlc>(db, 'hlc');
  const previous = last === null ? null : parseHlc(last);
  db.exec('drop table if exists temp.sync_stamp; drop table if exists temp.sync_stamp_reset');
  db.exec('create temp table sync_stamp (tbl text not null, pk text not null, col text not null, ord integer not null, hlc text not null, reset integer not null, primary key (tbl, pk, col, ord)) without rowid');
  db.prepare(EVENTS_SQL).run({ lastSeq: range.lastSeq, lastMs: previous?.ms ?? -1, lastCounter: previous?.counter ?? 0, hasLast: previous ? 1 : 0, laptopId });
  db.exec('create index temp.sync_stamp_row on sync_stamp (tbl, pk, reset, ord)');
  db.prepare(OUTBOX_SQL).run();
  for (const sql of CLOCK_SQL) db.prepare(sql).run();
  const newest = db.prepare('select hlc from temp.sync_stamp order by ord desc, hlc desc limit 1').pluck().get() as Hlc;
  db.exec('drop table temp.sync_stamp; drop table temp.sync_stamp_reset');
  db.prepare('delete from sync_changes where seq <= ?').run(range.lastSeq);
  writeState(db, 'hlc', newest);
  return range.n;
}
