import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KobleError } from '../../db/errors.ts';
import { sharedTables } from '../../db/vault/change-capture.ts';
import { exportDataKey, type OpenVault } from '../../db/vault/vault.ts';
import { createApplier, type SyncConflict } from './apply-entries.ts';
import { followMergedStageHistory, reapplyErasures, settleOrphans } from './after-apply.ts';
import { conflictDetail } from './conflict-values.ts';
import { CHANGE_FILE_FORMAT, openChangeFile, parseChangeFileName, readChangeHeader } from './change-file.ts';
import { payloadSchema, shapes, type ChangePayload } from './entries.ts';
import { maxHlc, type Hlc } from './hlc.ts';
import { ensureIdentity } from '../../db/vault/laptop-identity.ts';
import { requireFolder } from './push.ts';
import { schemaTag } from './schema-tag.ts';
import { stampChanges } from './stamp.ts';
import { readState, writeState, type AppliedFiles } from './sync-state.ts';

export type PullResult = { applied: number; rows: number; conflicts: SyncConflict[]; refused: { file: string; reason: 'other_programme' }[] };

type Pending = { name: string; laptopId: string; seq: number };

/** Other laptops' files not applied yet, in the order every laptop applies them: laptop id, then sequence; each laptop's run stops at a gap. */
function pendingFiles(folder: string, ownId: string, applied: AppliedFiles): Pending[] {
  const byLaptop = new Map<string, Pending[]>();
  for (const name of readdirSync(folder)) {
    const parsed = parseChangeFileName(name);
    if (!parsed || parsed.laptopId === ownId || parsed.seq <= (applied[parsed.laptopId] ?? 0)) continue;
    byLaptop.set(parsed.laptopId, [...(byLaptop.get(parsed.laptopId) ?? []), { name, ...parsed }]);
  }
  const ordered: Pending[] = [];
  for (const laptopId of [...byLaptop.keys()].sort()) {
    let next = (applied[laptopId] ?? 0) + 1;
    for (const file of byLaptop.get(laptopId)!.sort((a, b) => a.seq - b.seq)) {
      if (file.seq !== next) break;
      ordered.push(file);
      next += 1;
    }
  }
  return ordered;
}

const damaged = (file: string, why: string) => new KobleError('SYNC_FILE_DAMAGED', 'A change file is damaged or was changed outside Koble', { file, why });

type Opened = Pending & { payload: ChangePayload };

/** Reads and checks every pending file before anything is written: one damaged file refuses the whole pull. */
function openAll(vault: OpenVault, folder: string, files: Pending[], refused: PullResult['refused']): Opened[] {
  const ours = schemaTag(vault.sqlite);
  const known = shapes(vault.sqlite, sharedTables(vault.sqlite));
  const key = exportDataKey(vault);
  const opened: Opened[] = [];
  const stopped = new Set<string>();
  try {
    for (const file of files) {
      if (stopped.has(file.laptopId)) continue;
      try {
        const bytes = readFileSync(join(folder, file.name));
        const header = readChangeHeader(bytes);
        if (header.programme !== vault.fileId) {
          refused.push({ file: file.name, reason: 'other_programme' });
          stopped.add(file.laptopId);
          continue;
        }
        if (header.format > CHANGE_FILE_FORMAT || header.schema !== ours) {
          throw new KobleError('SYNC_SCHEMA_MISMATCH', 'A change file comes from another version of Koble; both laptops must run the same version', { file: file.name, theirs: header.schema, ours });
        }
        const { header: checked, payload } = openChangeFile(bytes, key);
        if (checked.laptop !== file.laptopId || checked.seq !== file.seq) throw damaged(file.name, 'name');
        const parsed = payloadSchema.safeParse(payload);
        if (!parsed.success) throw damaged(file.name, 'content');
        for (const entry of parsed.data.entries) {
          const shape = known.get(entry.t);
          if (!shape || Object.keys(entry.v ?? {}).some((c) => !shape.columns.includes(c))) throw damaged(file.name, 'content');
        }
        opened.push({ ...file, payload: parsed.data });
      } catch (error) {
        if (error instanceof KobleError && error.code === 'SYNC_FILE_DAMAGED') throw damaged(file.name, (error.details as { why?: string } | undefined)?.why ?? 'unknown');
        throw error;
      }
    }
  } finally {
    key.fill(0);
  }
  return opened;
}

/**
 * Applies the other laptops' change files, each once, in one transaction: a failure or a killed
 * process leaves the programme as it was. Local writes not pushed yet are stamped first so the
 * rules compare them too; what applying writes is not captured as this laptop's own change.
 */
export function pullChanges(vault: OpenVault, folder: string, now = new Date(), options: { onFileApplied?: (file: string) => void } = {}): PullResult {
  requireFolder(folder);
  const db = vault.sqlite;
  const laptop = ensureIdentity(db, vault.path);
  const applied = readState<AppliedFiles>(db, 'applied') ?? {};
  const refused: PullResult['refused'] = [];
  const files = openAll(vault, folder, pendingFiles(folder, laptop.laptopId, applied), refused);
  const result = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    stampChanges(db, laptop.laptopId);
    const applier = createApplier(db, shapes(db, sharedTables(db)));
    let rows = 0;
    const laptops = readState<Record<string, string>>(db, 'laptops') ?? {};
    for (const file of files) {
      laptops[file.laptopId] = file.payload.laptopName;
      for (const entry of file.payload.entries) applier.apply(entry, file.laptopId);
      rows += file.payload.entries.length;
      applied[file.laptopId] = file.seq;
      options.onFileApplied?.(file.name);
    }
    const from = [...new Set(files.map((f) => f.laptopId))].join(',');
    const conflicts = [...applier.conflicts];
    if (files.length > 0) {
      reapplyErasures(db, vault.db, applier);
      conflicts.push(...followMergedStageHistory(db, applier, from));
      conflicts.push(...settleOrphans(db, applier, applier.newestSeen() ?? '0', from));
    }
    db.exec('delete from sync_changes');
    writeState(db, 'hlc', maxHlc(readState<Hlc>(db, 'hlc'), applier.newestSeen()));
    writeState(db, 'applied', applied);
    if (files.length > 0) writeState(db, 'laptops', laptops);
    writeState(db, 'lastPull', now.toISOString());
    const record = db.prepare('insert into sync_conflicts (at, tbl, pk, col, kind, kept, from_laptop, detail) values (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const c of conflicts) record.run(now.toISOString(), c.table, c.rowId, c.column, c.kind, c.kept, c.fromLaptop, conflictDetail(db, c.table, c.rowId, c.values));
    // The values stay in the file (sync.status shows them); what a pull returns (CLI output, logs) has none.
    return { applied: files.length, rows, conflicts: conflicts.map(({ values: _values, ...listed }) => listed), refused };
  })();
  return result;
}
