/**
 * The sheet worker (a worker_threads entry): reads one spreadsheet file and posts the sheet, or
 * the refusal. It runs under a memory ceiling and a time limit set by run.ts, so a hostile file
 * can only end this thread, never the app. Built as its own main entry (electron.vite.config.ts:
 * sheet-worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { KobleError } from '../../../db/errors.ts';
import { readSheetFile } from '../read-spreadsheet.ts';
import type { SheetWorkerMessage } from './run.ts';

const port = parentPort;
if (port) {
  const post = (message: SheetWorkerMessage) => port.postMessage(message);
  try {
    post({ type: 'done', sheet: await readSheetFile((workerData as { path: string }).path) });
  } catch (error) {
    post(
      error instanceof KobleError
        ? { type: 'error', code: error.code, message: error.message, details: error.details }
        : { type: 'error', code: 'IMPORT_UNREADABLE_FILE', message: 'The file could not be read', details: { reason: 'damaged' } },
    );
  }
}
