import { z } from 'zod';
import { method } from '../method.ts';

const jobId = z.string().uuid();

/**
 * Progress and results of long work (a cohort plan, a funder report). The starting method returns
 * `{ jobId }`; the screen polls `jobs.status` (passive: polling is not user activity) until the
 * state is done, failed or cancelled.
 */
export const jobHandlers = {
  'jobs.status': method(z.object({ jobId }), ({ jobId }, { session }) => session.jobs.status(jobId), { passive: true }),
  'jobs.cancel': method(z.object({ jobId }), ({ jobId }, { session }) => session.jobs.cancel(jobId)),
};
