import { basename } from 'node:path';
import { z } from 'zod';
import { commitImport, previewImport } from '../../import/index.ts';
import { SheetCache } from '../../import/sheet-cache.ts';
import type { Session } from '../../session/session.ts';
import { method } from '../method.ts';

/** One cache of the last sheet read per session, cleared when the programme locks. */
const caches = new WeakMap<Session, SheetCache>();
function cacheFor(session: Session): SheetCache {
  let cache = caches.get(session);
  if (!cache) {
    const created = new SheetCache();
    session.onLock(() => created.clear());
    caches.set(session, created);
    cache = created;
  }
  return cache;
}

const request = z.object({
  kind: z.enum(['participants', 'mentors']),
  path: z.string().min(1).max(4096),
  /** header text → field name, or '' to leave the column out */
  mapping: z.record(z.string().max(500), z.string().max(100)).optional(),
});

/** Spreadsheet import: choose a file, dry run (preview), commit. */
export const importHandlers = {
  /** Open dialog for an .xlsx or .csv file; the chosen path becomes usable by preview and commit. */
  'import.chooseFile': method(z.object({}), async (_input, { session, host }) => {
    const chosen = await host.chooseSpreadsheet();
    return chosen ? { path: session.allowPath(chosen, 'spreadsheet'), name: basename(chosen) } : null;
  }),

  /** The dry run: header row, column mapping, counts, every problem (capped at 1,000) and the first 20 normalised rows. Writes nothing. */
  'import.preview': method(request, async (input, { session, host }) => {
    const path = session.checkPath(input.path, host.trustsPaths, 'spreadsheet');
    const vault = session.requireVault();
    const cache = cacheFor(session);
    return previewImport(vault.db, { kind: input.kind, path, ...(input.mapping ? { mapping: input.mapping } : {}) }, { readSheet: (file) => cache.read(file) });
  }),

  /** Imports in one transaction; IMPORT_INVALID_ROWS (nothing written) when rows have problems and skipInvalid is false. */
  'import.commit': method(request.extend({ skipInvalid: z.boolean().default(false) }), async (input, { session, host }) => {
    const path = session.checkPath(input.path, host.trustsPaths, 'spreadsheet');
    const vault = session.requireVault();
    const cache = cacheFor(session);
    const result = await commitImport(
      vault.db,
      { kind: input.kind, path, skipInvalid: input.skipInvalid, ...(input.mapping ? { mapping: input.mapping } : {}) },
      { staffId: session.staffId, readSheet: (file) => cache.read(file) },
    );
    cache.clear();
    return result;
  }),
};
