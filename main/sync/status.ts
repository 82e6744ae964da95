import { existsSync, readdirSync } from 'node:fs';
import type { OpenVault } from '../../db/vault/vault.ts';
import { sharingEnabled } from '../../db/vault/change-capture.ts';
import { parseChangeFileName } from './change-file.ts';
import { readConflictDetail, type ConflictDetail } from './conflict-values.ts';
import type { Value } from './entries.ts';
import { readState, type AppliedFiles } from './sync-state.ts';
import type { SyncError } from './sync-now.ts';

export type SyncStatus = {
  shared: boolean;
  laptopId: string | null;
  laptopName: string | null;
  lastPush: string | null;
  lastPull: string | null;
  /** the shared folder chosen on this laptop */
  folder: string | null;
  /** the last round that failed (code and time), cleared by the next that succeeds */
  lastError: SyncError | null;
  /** writes on this laptop not pushed yet (rows) */
  unpushed: number;
  /** other laptops' files in the folder not applied yet */
  waiting: number | null;
  /**
   * `about`: the participant's or mentor's name as it is now (blank once erased), for the screen; null for other tables.
   * `values`: for a field both laptops wrote, the value kept and the one overwritten, each with the laptop it came
   * from (`laptop` its id, `laptopName` as that laptop last named itself, null if not known); null for other kinds
   * and once the person is erased.
   */
  conflicts: SyncConflictListed[];
};

export type ConflictSide = { value: Value; laptop: string | null; laptopName: string | null };
export type SyncConflictListed = {
  id: number;
  at: string;
  table: string;
  rowId: string;
  column: string | null;
  kind: string;
  kept: string;
  fromLaptop: string;
  about: string | null;
  values: { kept: ConflictSide; lost: ConflictSide } | null;
};

/** What the Deling screen shows: this laptop, the last push and pull, and the conflicts not yet reviewed. */
export function syncStatus(vault: OpenVault, given?: string): SyncStatus {
  const db = vault.sqlite;
  const chosen = readState<string>(db, 'folder');
  const folder = given ?? chosen ?? undefined;
  const shared = sharingEnabled(db);
  const laptopId = readState<string>(db, 'laptop');
  const unpushed = (db.prepare('select (select count(*) from sync_changes) + (select count(distinct tbl || pk) from sync_outbox) as n').get() as { n: number }).n;
  let waiting: number | null = null;
  if (folder && existsSync(folder)) {
    const applied = readState<AppliedFiles>(db, 'applied') ?? {};
    waiting = readdirSync(folder)
      .map(parseChangeFileName)
      .filter((f) => f !== null && f.laptopId !== laptopId && f.seq > (applied[f.laptopId] ?? 0)).length;
  }
  const conflicts = db
    .prepare('select id, at, tbl as "table", pk as rowId, col as "column", kind, kept, from_laptop as fromLaptop, detail from sync_conflicts where reviewed_at is null order by id')
    .all() as (Omit<SyncConflictListed, 'about' | 'values'> & { detail: string | null })[];
  const names = laptopNames(db, laptopId);
  return {
    shared,
    laptopId,
    laptopName: readState<string>(db, 'laptopName'),
    lastPush: readState<string>(db, 'lastPush'),
    lastPull: readState<string>(db, 'lastPull'),
    folder: chosen,
    lastError: readState<SyncError>(db, 'lastError'),
    unpushed,
    waiting,
    conflicts: conflicts.map(({ detail, ...c }) => ({ ...c, about: personNamed(db, c.table, c.rowId), values: sides(readConflictDetail(detail), names) })),
  };
}

/** The laptops' names: this one's own, the others' as their change files last said. */
function laptopNames(db: OpenVault['sqlite'], own: string | null): Record<string, string> {
  const names = { ...(readState<Record<string, string>>(db, 'laptops') ?? {}) };
  const ownName = readState<string>(db, 'laptopName');
  if (own && ownName) names[own] = ownName;
  return names;
}

function sides(detail: ConflictDetail | null, names: Record<string, string>): SyncConflictListed['values'] {
  if (!detail) return null;
  const side = ({ value, laptop }: ConflictDetail['kept']): ConflictSide => ({ value, laptop, laptopName: laptop ? (names[laptop] ?? null) : null });
  return { kept: side(detail.kept), lost: side(detail.lost) };
}

const PERSON_TABLES = new Set(['participants', 'mentors']);

/** Whom a conflict on a participant or mentor row is about (the name now), so a coordinator can find the person. */
function personNamed(db: OpenVault['sqlite'], table: string, rowId: string): string | null {
  if (!PERSON_TABLES.has(table)) return null;
  const [id] = JSON.parse(rowId) as unknown[];
  const row = db.prepare(`select trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) as name from ${table} where id = ?`).get(id) as { name: string } | undefined;
  return row ? row.name : null;
}

/** Marks listed conflicts as reviewed (they stay in the file, out of the list). */
export function markReviewed(vault: OpenVault, ids: number[], at: string): number {
  const mark = vault.sqlite.prepare('update sync_conflicts set reviewed_at = ? where id = ? and reviewed_at is null');
  return vault.sqlite.transaction(() => ids.reduce((n, id) => n + mark.run(at, id).changes, 0))();
}
