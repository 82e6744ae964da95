import { Worker } from 'node:worker_threads';
import { KobleError, type ErrorCode } from '../../../db/errors.ts';
import type { JobContext, JobProgress } from '../../jobs/background-jobs.ts';
import { workerUrl } from '../../jobs/worker-url.ts';
import type { Session } from '../../session/session.ts';
import { prepareDraft, scoreSlice, solveDraft, type Draft, type DraftInput } from './draft.ts';
import { loadDraftInput, requireCohort, type PlanRequest } from './load.ts';

/**
 * Where the plan is computed, and why: in a worker_threads worker. Scoring is sliced easily, but
 * the solver is one synchronous call (seconds for a national programme), and in the main process
 * it would hold up every other API call, the progress polls included, so "solving" could never
 * show progress and the app would stall. The worker gets only plain facts (no database, no key),
 * posts progress, and is terminated on cancel or lock. It starts from source (worker.ts) under
 * Vitest, the CLI and the loopback test host (Node's type stripping), and from the bundled
 * out/main/plan-worker.js in the Electron build. Should a worker ever fail to start, the same
 * steps run in the main process in slices with `yieldNow` between them (computeInline).
 */
export const PLAN_JOB_KIND = 'matching.plan';

export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; draft: Draft }
  | { type: 'error'; code: ErrorCode; message: string; details?: unknown };

/** The worker's file: the .ts beside this one from source, else the bundle's second main entry. */
export function planWorkerUrl(): URL | null {
  return workerUrl(import.meta.url, './worker.ts', 'plan-worker.js');
}

class WorkerDidNotStart extends Error {}

const cancelled = () => new KobleError('JOB_CANCELLED', 'The plan was cancelled');

function computeInWorker(url: URL, input: DraftInput, ctx: JobContext): Promise<Draft> {
  if (ctx.signal.aborted) return Promise.reject(cancelled());
  return new Promise<Draft>((resolve, reject) => {
    let heard = false;
    let settled = false;
    const worker = new Worker(url, { workerData: input });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      ctx.signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      settle(() => reject(cancelled()));
      void worker.terminate();
    };
    ctx.signal.addEventListener('abort', onAbort);
    worker.on('message', (message: WorkerMessage) => {
      heard = true;
      if (message.type === 'progress') ctx.report(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.draft));
      else settle(() => reject(new KobleError(message.code, message.message, message.details)));
    });
    worker.on('error', () => settle(() => reject(heard ? new KobleError('INTERNAL', 'The plan worker failed') : new WorkerDidNotStart())));
    worker.on('exit', (code) => settle(() => reject(heard ? new KobleError('INTERNAL', `The plan worker stopped (${code})`) : new WorkerDidNotStart())));
  });
}

/** How long one scoring slice may hold the main process before other calls get a turn. */
const SLICE_MS = 25;

/** The same steps in the main process, scoring in slices of about 25 ms with a turn of the event loop between them. */
export async function computeInline(input: DraftInput, ctx: JobContext): Promise<Draft> {
  const state = prepareDraft(input);
  const total = state.free.length;
  ctx.report({ phase: 'scoring', done: 0, total });
  let i = 0;
  while (i < total) {
    await ctx.yieldNow();
    if (ctx.signal.aborted) throw cancelled();
    const until = performance.now() + SLICE_MS;
    do scoreSlice(state, i, ++i);
    while (i < total && performance.now() < until);
    ctx.report({ phase: 'scoring', done: i, total });
  }
  await ctx.yieldNow();
  if (ctx.signal.aborted) throw cancelled();
  return solveDraft(state, ctx.report);
}

export type ComputeMode = 'worker' | 'inline';

/** The draft off the main thread when possible (see the comment at the top). */
export async function computeDraft(input: DraftInput, ctx: JobContext, mode: ComputeMode = 'worker'): Promise<Draft> {
  const url = mode === 'worker' ? planWorkerUrl() : null;
  if (url) {
    try {
      return await computeInWorker(url, input, ctx);
    } catch (error) {
      if (!(error instanceof WorkerDidNotStart)) throw error;
    }
  }
  return computeInline(input, ctx);
}

/**
 * `matching.startPlan`: the job loads the facts (phase loading), scores (scoring: participants
 * done of total) and solves (solving) and answers the draft; nothing is written.
 */
export function startPlanJob(session: Session, request: PlanRequest, mode: ComputeMode = 'worker'): { jobId: string } {
  requireCohort(session.requireVault().db, request.cohortId);
  return session.jobs.start(PLAN_JOB_KIND, async (ctx) => {
    ctx.report({ phase: 'loading', done: 0, total: 1 });
    const input = loadDraftInput(session.requireVault().db, request);
    ctx.report({ phase: 'loading', done: 1, total: 1 });
    const draft = await computeDraft(input, ctx, mode);
    ctx.report({ phase: 'done', done: draft.participantCount, total: draft.participantCount });
    return draft;
  });
}

/** `matching.planResult`: the finished draft of a plan job (API_CONFLICT while it runs or when it failed). */
export function planResult(session: Session, jobId: string): Draft {
  const status = session.jobs.status(jobId);
  if (status.kind !== PLAN_JOB_KIND) throw new KobleError('JOB_NOT_FOUND', 'No such plan job');
  if (status.state !== 'done') throw new KobleError('API_CONFLICT', `The plan is ${status.state}`, { state: status.state });
  return status.result as Draft;
}
