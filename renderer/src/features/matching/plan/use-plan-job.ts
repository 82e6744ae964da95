import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../../../main/api/contract.ts';
import { ApiCallError, call } from '../../../api/client.ts';
import type { Draft } from './plan-model.ts';

export type PlanProgress = { phase: string; done: number; total: number };
export type PlanRequest = ApiInput<'matching.startPlan'>;

const POLL_MS = 150;

/**
 * Runs a plan job: `matching.startPlan`, then `jobs.status` every 150 ms for the progress, then
 * `matching.planResult`. A newer start, cancel or unmount stops the older loop.
 */
export function usePlanJob() {
  const [progress, setProgress] = useState<PlanProgress | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const run = useRef(0);
  const jobId = useRef<string | null>(null);

  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );

  const start = useCallback(async (request: PlanRequest) => {
    const mine = ++run.current;
    setError(null);
    setCancelled(false);
    setProgress({ phase: 'start', done: 0, total: 0 });
    try {
      const started = await call('matching.startPlan', request);
      jobId.current = started.jobId;
      for (;;) {
        if (run.current !== mine) return;
        const status = await call('jobs.status', { jobId: started.jobId });
        if (run.current !== mine) return;
        setProgress({ phase: status.phase, done: status.done, total: status.total });
        if (status.state === 'done') {
          const result = await call('matching.planResult', { jobId: started.jobId });
          if (run.current !== mine) return;
          setDraft(result);
          break;
        }
        if (status.state === 'failed') throw new ApiCallError(status.error?.code ?? 'INTERNAL', status.error?.message ?? '');
        if (status.state === 'cancelled') {
          setCancelled(true);
          break;
        }
        await new Promise((done) => window.setTimeout(done, POLL_MS));
      }
    } catch (caught) {
      if (run.current === mine) setError(caught);
    } finally {
      if (run.current === mine) {
        setProgress(null);
        jobId.current = null;
      }
    }
  }, []);

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    try {
      await call('jobs.cancel', { jobId: id });
    } catch (caught) {
      setError(caught);
    }
  }, []);

  const discard = useCallback(() => {
    run.current += 1;
    setDraft(null);
    setProgress(null);
    setError(null);
    setCancelled(false);
  }, []);

  return { progress, draft, setDraft, error, cancelled, start, cancel, discard };
}
