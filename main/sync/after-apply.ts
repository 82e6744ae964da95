import type { SqliteDatabase } from '../../db/vault/database.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { blankPersonData } from '../privacy/erase-person.ts';
import type { Applier, SyncConflict } from './apply-entries.ts';
import { redirectOf } from './redirects.ts';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * An erasure always wins, also over what arrives after it: every erased participant or mentor
 * that an applied row belongs to has the erasure's blanking applied again (blankPersonData), so a
 * note or consent written about them on another laptop does not bring their data back.
 */
export function reapplyErasures(sqlite: SqliteDatabase, db: KobleDb, applier: Applier): number {
  const people = { participant: new Set<string>(), mentor: new Set<string>() };
  for (const [table, pks] of applier.touched) {
    const columns = (sqlite.prepare('select name from pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
    if (table === 'participants' || table === 'mentors') {
      for (const pk of pks) people[table === 'participants' ? 'participant' : 'mentor'].add((JSON.parse(pk) as string[])[0]!);
      continue;
    }
    const personColumns = ['participant_id', 'mentor_id'].filter((c) => columns.includes(c));
    if (personColumns.length === 0 || !columns.includes('id')) continue;
    const read = sqlite.prepare(`select ${personColumns.map(q).join(', ')} from ${q(table)} where id = ?`);
    for (const pk of pks) {
      const row = read.get((JSON.parse(pk) as string[])[0]) as Record<string, string | null> | undefined;
      if (row?.participant_id) people.participant.add(row.participant_id);
      if (row?.mentor_id) people.mentor.add(row.mentor_id);
    }
  }
  let count = 0;
  for (const kind of ['participant', 'mentor'] as const) {
    const erasedAt = sqlite.prepare(`select erased_at from ${kind === 'participant' ? 'participants' : 'mentors'} where id = ? and erased_at is not null`).pluck();
    for (const id of people[kind]) {
      const at = erasedAt.get(id) as string | undefined;
      if (!at) continue;
      blankPersonData(db, { kind, id }, at);
      count += 1;
    }
  }
  return count;
}

/**
 * Stage history is append-only and merges by row; a participant's current stage is then the
 * latest change in the merged history (by effective date, then recording instant, then id),
 * the same on every laptop.
 */
export function followMergedStageHistory(sqlite: SqliteDatabase, applier: Applier, from: string): SyncConflict[] {
  const changed = applier.touched.get('stage_changes');
  if (!changed) return [];
  const participantOf = sqlite.prepare('select participant_id from stage_changes where id = ?').pluck();
  const latest = sqlite.prepare('select stage, effective_on as effectiveOn from stage_changes where participant_id = ? order by effective_on desc, recorded_at desc, id desc limit 1');
  const current = sqlite.prepare('select stage, stage_changed_on as stageChangedOn from participants where id = ?');
  const update = sqlite.prepare('update participants set stage = ?, stage_changed_on = ? where id = ?');
  const conflicts: SyncConflict[] = [];
  const ids = new Set([...changed].map((pk) => participantOf.get((JSON.parse(pk) as string[])[0]) as string | undefined).filter((id): id is string => !!id));
  for (const id of ids) {
    const last = latest.get(id) as { stage: string; effectiveOn: string } | undefined;
    const now = current.get(id) as { stage: string; stageChangedOn: string } | undefined;
    if (!last || !now || (now.stage === last.stage && now.stageChangedOn === last.effectiveOn)) continue;
    update.run(last.stage, last.effectiveOn, id);
    conflicts.push({ table: 'participants', rowId: JSON.stringify([id]), column: 'stage', kind: 'stage', kept: 'incoming', fromLaptop: from });
  }
  return conflicts;
}

type FkProblem = { table: string; rowid: number; parent: string; fkid: number };

/** A reference to a row dropped as a duplicate is pointed at the row it was merged into; returns the column, or null. */
function followRedirect(sqlite: SqliteDatabase, problem: FkProblem, column: string): string | null {
  const value = sqlite.prepare(`select ${q(column)} from ${q(problem.table)} where rowid = ?`).pluck().get(problem.rowid);
  const kept = redirectOf(sqlite, problem.parent, JSON.stringify([value]));
  if (kept === null) return null;
  sqlite.prepare(`update ${q(problem.table)} set ${q(column)} = ? where rowid = ?`).run((JSON.parse(kept) as unknown[])[0], problem.rowid);
  return column;
}

/**
 * A row that arrived for a parent another laptop deleted: the same outcome as if it had existed
 * when the parent was deleted there (ON DELETE SET NULL clears the reference, CASCADE deletes it).
 */
export function settleOrphans(sqlite: SqliteDatabase, applier: Applier, stamp: string, from: string): SyncConflict[] {
  const conflicts: SyncConflict[] = [];
  for (let round = 0; round < 10; round += 1) {
    const problems = sqlite.pragma('foreign_key_check') as FkProblem[];
    if (problems.length === 0) return conflicts;
    for (const problem of problems) {
      const fk = (sqlite.prepare('select "from" as col, on_delete as onDelete from pragma_foreign_key_list(?) where id = ?').all(problem.table, problem.fkid) as { col: string; onDelete: string }[]);
      const pkCols = (sqlite.prepare('select name from pragma_table_info(?) where pk > 0 order by pk').all(problem.table) as { name: string }[]).map((c) => c.name);
      const pk = sqlite.prepare(`select json_array(${pkCols.map(q).join(', ')}) from ${q(problem.table)} where rowid = ?`).pluck().get(problem.rowid) as string | undefined;
      if (!pk) continue;
      const redirected = fk.length === 1 ? followRedirect(sqlite, problem, fk[0]!.col) : null;
      if (redirected) {
        conflicts.push({ table: problem.table, rowId: pk, column: redirected, kind: 'moved', kept: 'incoming', fromLaptop: from });
        continue;
      }
      if (fk.length > 0 && fk.every((f) => f.onDelete === 'SET NULL')) {
        sqlite.prepare(`update ${q(problem.table)} set ${fk.map((f) => `${q(f.col)} = null`).join(', ')} where rowid = ?`).run(problem.rowid);
      } else {
        sqlite.prepare(`delete from ${q(problem.table)} where rowid = ?`).run(problem.rowid);
        applier.bury(problem.table, pk, stamp);
      }
      conflicts.push({ table: problem.table, rowId: pk, column: null, kind: 'orphan', kept: 'incoming', fromLaptop: from });
    }
  }
  return conflicts;
}
