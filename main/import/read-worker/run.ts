import { Worker } from 'node:worker_threads';
import { KobleError, type ErrorCode } from '../../../db/errors.ts';
import { workerUrl } from '../../jobs/worker-url.ts';
import { readSheetFile } from '../read-spreadsheet.ts';
import type { Sheet } from '../types.ts';

/**
 * Where a spreadsheet is read, and why: in a worker_threads worker with a heap ceiling and a time
 * limit. The archive check (archive-check.ts) refuses the hostile files we know of in
 * milliseconds; the worker is the backstop for the ones we do not: a file that would need more
 * memory or time ends the worker, the app keeps running, and the user gets a plain refusal.
 * The worker only reads; nothing is written, so a cancelled or killed read leaves nothing behind.
 */
// The time limit is generous: on a loaded machine, starting the worker and loading exceljs alone can take seconds.
export const SHEET_WORKER_LIMITS = { heapMb: 384, youngMb: 32, timeMs: 60_000 } as const;

export type SheetWorkerMessage = { type: 'done'; sheet: Sheet } | { type: 'error'; code: ErrorCode; message: string; details?: unknown };

export type ReadOptions = { signal?: AbortSignal; timeMs?: number; heapMb?: number };

export function sheetWorkerUrl(): URL | null {
  return workerUrl(import.meta.url, './worker.ts', 'sheet-worker.js');
}

const tooComplex = (why: 'memory' | 'time') =>
  new KobleError('IMPORT_UNREADABLE_FILE', why === 'time' ? 'Reading the file took too long' : 'The file needs too much memory to read', {
    reason: 'too_complex',
    limit: why,
  });

class WorkerDidNotStart extends Error {}

let live = 0;
/** Sheet workers started and not yet exited: a cancelled read must bring this back to where it was. */
export function liveSheetWorkers(): number {
  return live;
}

function readInWorker(url: URL, path: string, options: ReadOptions): Promise<Sheet> {
  if (options.signal?.aborted) return Promise.reject(new KobleError('JOB_CANCELLED', 'The read was cancelled'));
  return new Promise<Sheet>((resolve, reject) => {
    let settled = false;
    let started = false;
    const worker = new Worker(url, {
      workerData: { path },
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? SHEET_WORKER_LIMITS.heapMb, maxYoungGenerationSizeMb: SHEET_WORKER_LIMITS.youngMb },
    });
    live++;
    const timer = setTimeout(() => stop(tooComplex('time')), options.timeMs ?? SHEET_WORKER_LIMITS.timeMs);
    const onAbort = () => stop(new KobleError('JOB_CANCELLED', 'The read was cancelled'));
    options.signal?.addEventListener('abort', onAbort);
    function settle(fn: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    }
    function stop(error: Error): void {
      settle(() => reject(error));
      void worker.terminate();
    }
    worker.on('online', () => (started = true));
    worker.on('message', (message: SheetWorkerMessage) => {
      if (message.type === 'done') settle(() => resolve(message.sheet));
      else settle(() => reject(new KobleError(message.code, message.message, message.details)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(() => reject(tooComplex('memory')));
      else settle(() => reject(started ? tooComplex('memory') : new WorkerDidNotStart()));
    });
    worker.on('exit', () => {
      live--;
      settle(() => reject(started ? tooComplex('memory') : new WorkerDidNotStart()));
    });
  });
}

/**
 * Reads a spreadsheet file into plain rows off the main thread (see the top). Should the worker
 * ever fail to start, the same read runs here, still behind the archive check.
 */
export async function readSpreadsheet(path: string, options: ReadOptions = {}): Promise<Sheet> {
  const url = sheetWorkerUrl();
  if (url) {
    try {
      return await readInWorker(url, path, options);
    } catch (error) {
      if (!(error instanceof WorkerDidNotStart)) throw error;
    }
  }
  return readSheetFile(path);
}
