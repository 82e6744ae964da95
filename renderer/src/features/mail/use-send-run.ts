import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../../main/api/contract.ts';
import { ApiCallError, call } from '../../api/client.ts';

export type SendRequest = ApiInput<'mail.send'>;
export type Skipped = ApiOutput<'mail.send'>['skipped'][number];
export type Failure = { id: string; toName: string | null; toAddress: string | null; error: string; definite: boolean };

/** One bulk send as the screen shows it: every group's messages added up. */
export type SendRun = {
  state: 'running' | 'done' | 'cancelled';
  /** Messages handed to the server (sent, failed or uncertain) of those queued. */
  done: number;
  total: number;
  sent: number;
  alreadySent: number;
  skipped: Skipped[];
  failures: Failure[];
  error: unknown;
};

type JobResult = { sent: number; failed: number; uncertain: number; cancelled: number; failures: Failure[] };

const POLL_MS = 200;
const EMPTY: SendRun = { state: 'running', done: 0, total: 0, sent: 0, alreadySent: 0, skipped: [], failures: [], error: null };

/**
 * Sends groups one after another (mail.send starts a job each; jobs.status gives its progress),
 * adding up what was sent, skipped and refused. Avbryt cancels the running job and the groups
 * after it; Prøv igjen sends the failed messages again (mail.retry). Leaving the screen stops
 * the polling, never the sending.
 */
export function useSendRun() {
  const [run, setRun] = useState<SendRun | null>(null);
  const jobId = useRef<string | null>(null);
  const stopped = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const update = (change: (r: SendRun) => SendRun) => alive.current && setRun((r) => (r ? change(r) : r));

  /** Follows one job to its end; its messages count from `base` done. */
  const follow = useCallback(async (id: string, base: number): Promise<JobResult | null> => {
    jobId.current = id;
    for (;;) {
      if (!alive.current) return null;
      const status = await call('jobs.status', { jobId: id });
      update((r) => ({ ...r, done: base + status.done }));
      if (status.state === 'done') return status.result as JobResult;
      if (status.state === 'failed') throw new ApiCallError(status.error?.code ?? 'INTERNAL', status.error?.message ?? '');
      if (status.state === 'cancelled') return null;
      await new Promise((done) => window.setTimeout(done, POLL_MS));
    }
  }, []);

  const deliver = useCallback(
    async (starts: (() => Promise<{ jobId: string | null; queued: number }>)[], onFinished?: () => void) => {
      stopped.current = false;
      setRun({ ...EMPTY, failures: [] });
      let base = 0;
      try {
        for (const start of starts) {
          if (stopped.current) break;
          const started = await start();
          update((r) => ({ ...r, total: r.total + started.queued }));
          if (!started.jobId) continue;
          const result = await follow(started.jobId, base);
          base += started.queued;
          if (result) update((r) => ({ ...r, sent: r.sent + result.sent, failures: [...r.failures, ...result.failures] }));
        }
        update((r) => ({ ...r, state: stopped.current ? 'cancelled' : 'done' }));
      } catch (caught) {
        update((r) => ({ ...r, state: 'done', error: caught }));
      } finally {
        jobId.current = null;
        onFinished?.();
      }
    },
    [follow],
  );

  /** Sends the groups in order; each start also adds what it skipped and what was sent before. */
  const send = useCallback(
    (requests: SendRequest[], onFinished?: () => void) =>
      deliver(
        requests.map((request) => async () => {
          const started = await call('mail.send', request);
          update((r) => ({ ...r, alreadySent: r.alreadySent + started.alreadySent, skipped: [...r.skipped, ...started.skipped] }));
          return started;
        }),
        onFinished,
      ),
    [deliver],
  );

  const retry = useCallback((ids: string[], onFinished?: () => void) => deliver([() => call('mail.retry', { ids })], onFinished), [deliver]);

  const cancel = useCallback(async () => {
    stopped.current = true;
    if (jobId.current) await call('jobs.cancel', { jobId: jobId.current }).catch(() => undefined);
  }, []);

  return { run, send, retry, cancel, clear: () => setRun(null) };
}
