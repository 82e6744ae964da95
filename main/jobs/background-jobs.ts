import { randomUUID } from 'node:crypto';
import { KobleError } from '../../db/errors.ts';

/** What a running job tells the screen: a phase name (a translation key suffix) and done of total. */
export type JobProgress = { phase: string; done: number; total: number };

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export type JobStatus = JobProgress & {
  jobId: string;
  kind: string;
  state: JobState;
  /** The job's answer once `state` is done (its shape depends on `kind`). */
  result?: unknown;
  /** The error (code and message, as API errors) when `state` is failed. */
  error?: { code: string; message: string };
};

export type JobContext = {
  report(progress: JobProgress): void;
  /** Aborted by `jobs.cancel` or when the programme locks; long jobs check it between steps. */
  readonly signal: AbortSignal;
  /** Lets the event loop run (other API calls, progress polls) between heavy steps. */
  yieldNow(): Promise<void>;
};

type Entry = { status: JobStatus; controller: AbortController; finishedAt: number | null };

const KEEP_FINISHED_MS = 10 * 60_000;

/**
 * Long work (a cohort plan, a funder report) runs as a job: `start` returns an id at once, the
 * screen polls `status` for progress and the result. Jobs belong to one session and are
 * cancelled when it locks, so a result never outlives the unlocked programme.
 */
export class BackgroundJobs {
  private readonly jobs = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  start(kind: string, work: (ctx: JobContext) => Promise<unknown>): { jobId: string } {
    this.prune();
    const jobId = randomUUID();
    const controller = new AbortController();
    const entry: Entry = { status: { jobId, kind, state: 'running', phase: 'start', done: 0, total: 0 }, controller, finishedAt: null };
    this.jobs.set(jobId, entry);
    const ctx: JobContext = {
      report: (progress) => {
        if (entry.status.state === 'running') Object.assign(entry.status, progress);
      },
      signal: controller.signal,
      yieldNow: () => new Promise((done) => setImmediate(done)),
    };
    // Start on the next turn so `start` returns before any heavy work.
    setImmediate(() => {
      work(ctx).then(
        (result) => this.finish(entry, controller.signal.aborted ? { state: 'cancelled' } : { state: 'done', result }),
        (error: unknown) =>
          this.finish(
            entry,
            controller.signal.aborted
              ? { state: 'cancelled' }
              : {
                  state: 'failed',
                  error:
                    error instanceof KobleError
                      ? { code: error.code, message: error.message }
                      : { code: 'INTERNAL', message: 'The job failed unexpectedly' },
                },
          ),
      );
    });
    return { jobId };
  }

  status(jobId: string): JobStatus {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new KobleError('JOB_NOT_FOUND', 'No such job (it finished long ago, or the programme was locked)');
    return { ...entry.status };
  }

  cancel(jobId: string): JobStatus {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new KobleError('JOB_NOT_FOUND', 'No such job (it finished long ago, or the programme was locked)');
    if (entry.status.state === 'running') entry.controller.abort();
    return { ...entry.status };
  }

  /** Cancels everything and forgets all results (on lock). */
  clear(): void {
    for (const entry of this.jobs.values()) entry.controller.abort();
    this.jobs.clear();
  }

  /** Resolves when the job has finished (tests and the CLI). */
  async wait(jobId: string, pollMs = 5): Promise<JobStatus> {
    for (;;) {
      const status = this.status(jobId);
      if (status.state !== 'running') return status;
      await new Promise((done) => setTimeout(done, pollMs));
    }
  }

  private finish(entry: Entry, outcome: Pick<JobStatus, 'state' | 'result' | 'error'>): void {
    if (entry.status.state !== 'running') return;
    Object.assign(entry.status, outcome);
    entry.finishedAt = this.now();
  }

  private prune(): void {
    const now = this.now();
    for (const [id, entry] of this.jobs) {
      if (entry.finishedAt !== null && now - entry.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}
