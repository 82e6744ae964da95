import { describe, expect, it } from 'vitest';
import { KobleError } from '../../db/errors.ts';
import { BackgroundJobs } from './background-jobs.ts';

describe('background jobs', () => {
  it('returns an id at once, reports progress, then the result', async () => {
    const jobs = new BackgroundJobs();
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    const { jobId } = jobs.start('demo', async (ctx) => {
      ctx.report({ phase: 'scoring', done: 3, total: 10 });
      await gate;
      return { answer: 42 };
    });
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', done: 0 });
    await new Promise((done) => setImmediate(done));
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', phase: 'scoring', done: 3, total: 10 });
    release();
    expect(await jobs.wait(jobId)).toMatchObject({ state: 'done', result: { answer: 42 } });
  });

  it('passes a KobleError on and hides any other error text', async () => {
    const jobs = new BackgroundJobs();
    const known = jobs.start('a', async () => {
      throw new KobleError('MATCHING_NOT_ALLOWED', 'not allowed');
    });
    const unknown = jobs.start('b', async () => {
      throw new Error('SELECT name FROM participants WHERE name = Amina');
    });
    expect(await jobs.wait(known.jobId)).toMatchObject({ state: 'failed', error: { code: 'MATCHING_NOT_ALLOWED' } });
    const failed = await jobs.wait(unknown.jobId);
    expect(failed.error).toEqual({ code: 'INTERNAL', message: 'The job failed unexpectedly' });
  });

  it('cancels a job that checks its signal, and forgets everything on clear', async () => {
    const jobs = new BackgroundJobs();
    const { jobId } = jobs.start('slow', async (ctx) => {
      while (!ctx.signal.aborted) await ctx.yieldNow();
      return 'never seen';
    });
    await new Promise((done) => setImmediate(done));
    jobs.cancel(jobId);
    expect((await jobs.wait(jobId)).state).toBe('cancelled');
    jobs.clear();
    expect(() => jobs.status(jobId)).toThrow(expect.objectContaining({ code: 'JOB_NOT_FOUND' }));
  });
});
