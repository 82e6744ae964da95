import { existsSync, readdirSync } from 'node:fs';
import type { OpenVault } from '../../db/vault/vault.ts';
import { sharingEnabled } from '../../db/vault/change-capture.ts';
import { parseChangeFileName } from './change-file.ts';
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
  /** `about`: the participant's or mentor's name as it is now (blank once erased), for the screen; null for other tables. */
  conflicts: { id: number; at: string; table: string; rowId: string; column: string | null; kind: string; kept: string; fromLaptop: string; about: string | null }[];
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
    .prepare('select id, at, tbl as "table", pk as rowId, col as "column", kind, kept, from_laptop as fromLaptop from sync_conflicts where reviewed_at is null order by id')
    .all() as Omit<SyncStatus['conflicts'][number], 'about'>[];
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
    conflicts: conflicts.map((c) => ({ ...c, about: personNamed(db, c.table, c.rowId) })),
  };
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
