import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { keysPathFor } from '../../../db/vault/keyslots.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { commitImport, previewImport } from '../../import/index.ts';
import { participantsImportedOn } from '../../import/imported-on.ts';
import { SheetCache } from '../../import/sheet-cache.ts';
import type { SkippedRows } from '../../import/skipped-rows.ts';
import { skippedRowsFileName, writeSkippedRows } from '../../import/skipped-rows-workbook.ts';
import type { Sheet } from '../../import/types.ts';
import type { Session } from '../../session/session.ts';
import { method } from '../method.ts';

/**
 * What the import keeps per session between calls, in memory only, and forgets when the
 * programme locks: the last sheet read, and the rows the last import left out (to save them).
 */
type ImportMemory = { cache: SheetCache; skipped: SkippedRows | null };
const memories = new WeakMap<Session, ImportMemory>();
function memoryOf(session: Session): ImportMemory {
  let memory = memories.get(session);
  if (!memory) {
    const created: ImportMemory = { cache: new SheetCache(), skipped: null };
    session.onLock(() => {
      created.cache.clear();
      created.skipped = null;
    });
    memories.set(session, created);
    memory = created;
  }
  return memory;
}

/** Reads through the session's cache; locking the programme meanwhile ends the read (the worker is terminated, JOB_CANCELLED). */
function readUntilLocked(session: Session): (path: string) => Promise<Sheet> {
  const { cache } = memoryOf(session);
  return async (path) => {
    const controller = new AbortController();
    const stop = session.onLock(() => controller.abort());
    try {
      return await cache.read(path, controller.signal);
    } finally {
      stop();
    }
  };
}

const request = z.object({
  kind: z.enum(['participants', 'mentors']),
  path: z.string().min(1).max(4096),
  /** header text → field name, or '' to leave the column out */
  mapping: z.record(z.string().max(500), z.string().max(100)).optional(),
});
const language = z.enum(['nb', 'en']).default('nb');

/** Rows left by the last import, or API_NOT_FOUND when it skipped none (or the programme was locked since). */
function lastSkipped(session: Session): SkippedRows {
  const skipped = memoryOf(session).skipped;
  if (!skipped) throw new KobleError('API_NOT_FOUND', 'The last import skipped no rows', { entity: 'skipped_rows' });
  return skipped;
}

/** Spreadsheet import: choose a file, dry run (preview), commit; then save the skipped rows, and find today's imported people. */
export const importHandlers = {
  /** Open dialog for an .xlsx or .csv file; the chosen path becomes usable by preview and commit. */
  'import.chooseFile': method(z.object({}), async (_input, { session, host }) => {
    const chosen = await host.chooseSpreadsheet();
    return chosen ? { path: session.allowPath(chosen, 'spreadsheet'), name: basename(chosen) } : null;
  }),

  /** The dry run: header row, column mapping, counts, every problem (capped at 1,000) with its row's name, the notes and the first 20 normalised rows. Writes nothing. */
  'import.preview': method(request, async (input, { session, host }) => {
    const path = session.checkPath(input.path, host.trustsPaths, 'spreadsheet');
    const vault = session.requireVault();
    return previewImport(vault.db, { kind: input.kind, path, ...(input.mapping ? { mapping: input.mapping } : {}) }, { readSheet: readUntilLocked(session) });
  }),

  /**
   * Imports in one transaction; IMPORT_INVALID_ROWS (nothing written) when rows have problems and
   * skipInvalid is false. The rows skipped are kept (in memory) for import.saveSkippedRows.
   */
  'import.commit': method(request.extend({ skipInvalid: z.boolean().default(false) }), async (input, { session, host }) => {
    const path = session.checkPath(input.path, host.trustsPaths, 'spreadsheet');
    const vault = session.requireVault();
    const memory = memoryOf(session);
    memory.skipped = null;
    const result = await commitImport(
      vault.db,
      { kind: input.kind, path, skipInvalid: input.skipInvalid, ...(input.mapping ? { mapping: input.mapping } : {}) },
      { staffId: session.staffId, readSheet: readUntilLocked(session), onSkipped: (rows) => (memory.skipped = rows) },
    );
    memory.cache.clear();
    return result;
  }),

  /** Save dialog for the last import's skipped rows, "<file> – hoppet over.xlsx" suggested; null when cancelled. */
  'import.chooseSkippedRowsFile': method(z.object({ language }), async (input, { session, host }) => {
    session.requireVault();
    const chosen = await host.chooseExportFile(skippedRowsFileName(lastSkipped(session).fileName, input.language));
    return chosen ? { path: session.allowPath(chosen, 'export') } : null;
  }),

  /**
   * Writes the last import's skipped rows to an .xlsx to fix and import again: the file's header,
   * each row's original cells, and a last column with the reason in `language`. The path must come
   * from import.chooseSkippedRowsFile (or a host that trusts paths), and is never the open programme
   * or its keys. A deliberate plaintext export (0600), recorded in the audit log by count.
   */
  'import.saveSkippedRows': method(z.object({ path: z.string().min(1).max(4096), language }), async (input, { session, host }) => {
    const vault = session.requireVault();
    const target = session.checkPath(input.path, host.trustsPaths, 'export');
    const programme = resolve(vault.path);
    if (target === programme || target === resolve(keysPathFor(programme))) {
      throw new KobleError('API_PATH_NOT_CHOSEN', 'The open programme file cannot be the target of an export', { reason: 'programme_file' });
    }
    const skipped = lastSkipped(session);
    const rows = await writeSkippedRows(skipped, target, input.language);
    recordAudit(vault.db, { staffId: session.staffId, action: 'export', entity: skipped.kind, details: { kind: 'skipped_rows', format: 'xlsx', rows } });
    return { path: target, rows };
  }),

  /** The participants imported today (Oslo day), for Deltakere's "Importert i dag" filter. */
  'import.importedToday': method(z.object({}), (_input, { session }) => {
    const today = osloToday();
    return { day: today, participantIds: participantsImportedOn(session.requireVault().db, today) };
  }),
};
