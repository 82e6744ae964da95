/**
 * The plan worker (a worker_threads entry): gets a DraftInput, posts progress while scoring and
 * solving, then the draft. It never sees the database or its key: the main process reads the
 * facts and sends them in. Built as its own main entry (electron.vite.config.ts: plan-worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { KobleError } from '../../../db/errors.ts';
import { buildDraft, type DraftInput } from './draft.ts';
import type { WorkerMessage } from './run.ts';

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  try {
    let last = 0;
    const draft = buildDraft(workerData as DraftInput, (progress) => {
      // At most every 40 ms (and every phase change), so the messages never outweigh the work.
      const now = performance.now();
      if (now - last < 40 && progress.done !== 0 && progress.done !== progress.total) return;
      last = now;
      post({ type: 'progress', progress });
    });
    post({ type: 'done', draft });
  } catch (error) {
    post(
      error instanceof KobleError
        ? { type: 'error', code: error.code, message: error.message, details: error.details }
        : { type: 'error', code: 'INTERNAL', message: 'The plan worker failed' },
    );
  }
}
