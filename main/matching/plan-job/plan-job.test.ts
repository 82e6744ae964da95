import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { mentorFacts } from '../facts.ts';
import { bruteForce } from '../../test/solver/brute-force.ts';
import { solveAssignment } from '../solver/index.ts';
import { scorePair } from '../score.ts';
import { namesFor } from '../names.ts';
import { loadDraftInput } from './load.ts';
import { demoProgramme, readyCohort, runPlan, snapshot, type Programme } from '../../test/plan-programme.ts';
import { planWorkerUrl, startPlanJob, type WorkerMessage } from './run.ts';

let open: Programme[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});
async function programme() {
  const p = await demoProgramme();
  open.push(p);
  return p;
}

/** The score matrix the optimum is over, computed here from the facts, independently of the draft. */
function optimumOf(p: Programme, cohortId: string, objective: 'score' | 'count') {
  const input = loadDraftInput(p.db(), { cohortId, objective });
  const people = input.participants.filter((x) => x.openMatches === 0);
  const scores = people.map((x) => input.mentors.map((m) => scorePair(x, m, input.weights, namesFor('nb'), { exclusion: input.exclusions.get(`${x.id} ${m.id}`) ?? null }).score));
  return { scores, capacity: input.mentors.map((m) => m.capacity - m.openMatches), mentors: input.mentors };
}

describe('matching.startPlan', () => {
  it('runs in a worker as a job: progress to done, the draft is the exact optimum, nothing is written', async () => {
    const p = await programme();
    const { cohortId, ids } = await readyCohort(p, 14);
    expect(planWorkerUrl()?.pathname).toMatch(/plan-job\/worker\.ts$/);
    const before = snapshot(p);

    const { status, phases, draft } = await runPlan(p, { cohortId, objective: 'score' });
    expect(status).toMatchObject({ state: 'done', kind: 'matching.plan', phase: 'done' });
    expect(status.done).toBe(status.total);
    expect(phases.at(-1)).toBe('done');
    expect(snapshot(p)).toEqual(before);

    expect(draft!.participantCount).toBe(ids.length);
    expect([...draft!.pairs.map((x) => x.participantId), ...draft!.unmatched.map((u) => u.participantId)].toSorted()).toEqual(ids.toSorted());
    expect(draft!.matchedCount).toBe(draft!.pairs.length);
    const { scores, capacity } = optimumOf(p, cohortId, 'score');
    expect(draft!.totalScore).toBeCloseTo(solveAssignment(scores, capacity, 'score').total, 1);
    // Names, score and breakdown for each pair, the same as matching.suggest gives.
    const pair = draft!.pairs[0]!;
    expect(pair.participantName).toMatch(/^Deltaker\d+ Plan$/);
    expect(pair.breakdown.map((b) => b.criterion)).toEqual(['field', 'occupation', 'education', 'languages', 'geography', 'capacity', 'gender', 'interests']);
    const suggested = await p.call('matching.suggest', { participantId: pair.participantId, top: 50 });
    expect(suggested.find((s) => s.mentorId === pair.mentorId)).toMatchObject({ score: pair.score, mentorName: pair.mentorName });

    // The worker itself answers (not the main-process fallback): progress messages, then the draft.
    const worker = new Worker(planWorkerUrl()!, { workerData: loadDraftInput(p.db(), { cohortId, objective: 'score' }) });
    const messages: WorkerMessage[] = [];
    await new Promise<void>((done, fail) => {
      worker.on('message', (message: WorkerMessage) => {
        messages.push(message);
        if (message.type !== 'progress') done();
      });
      worker.on('error', fail);
    });
    await worker.terminate();
    expect(messages.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.progress.phase)).toEqual(expect.arrayContaining(['scoring', 'solving']));
    expect(messages.at(-1)).toEqual({ type: 'done', draft });

    // The same steps in the main process (the fallback) give the same draft.
    const inline = startPlanJob(p.session, { cohortId, objective: 'score' }, 'inline');
    expect((await p.session.jobs.wait(inline.jobId)).result).toEqual(draft);
    expect(snapshot(p)).toEqual(before);
  });

  it('equals a brute-force optimum on a small cohort with scarce mentors; count matches at least as many as score', async () => {
    const p = await programme();
    const { cohortId } = await readyCohort(p, 5);
    const mentors = await p.call('mentors.list', {});
    const keep = mentors.filter((m) => m.active && m.activeMatches === 0).slice(0, 3);
    for (const m of mentors) {
      if (keep.some((k) => k.id === m.id)) await p.call('mentors.update', { id: m.id, changes: { capacity: 1 } });
      else if (m.active) await p.call('mentors.update', { id: m.id, changes: { active: false } });
    }
    expect(mentorFacts(p.db(), { onlyAvailable: true })).toHaveLength(3);
    for (const objective of ['score', 'count'] as const) {
      const { scores, capacity } = optimumOf(p, cohortId, objective);
      const best = bruteForce(scores, capacity, objective);
      const { draft } = await runPlan(p, { cohortId, objective });
      expect(draft!.totalScore).toBeCloseTo(best.total, 1);
      expect(draft!.matchedCount).toBe(best.count);
      expect(draft!.unmatched.every((u) => u.reason === 'capacityUsed')).toBe(true);
    }
    const score = (await runPlan(p, { cohortId, objective: 'score' })).draft!;
    const count = (await runPlan(p, { cohortId, objective: 'count' })).draft!;
    expect(count.matchedCount).toBeGreaterThanOrEqual(score.matchedCount);
    expect(count.totalScore).toBeLessThanOrEqual(score.totalScore + 0.05);
  });

  it('pins fixed pairs and leaves forbidden ones out of this draft only; a pin that is not allowed fails the job', async () => {
    const p = await programme();
    const { cohortId, ids } = await readyCohort(p, 10);
    const first = (await runPlan(p, { cohortId, objective: 'score' })).draft!;
    const removed = first.pairs[0]!;

    const without = (await runPlan(p, { cohortId, objective: 'score', forbidden: [removed] })).draft!;
    expect(without.pairs).not.toContainEqual(expect.objectContaining({ participantId: removed.participantId, mentorId: removed.mentorId }));
    expect(without.totalScore).toBeLessThanOrEqual(first.totalScore + 0.05);
    // Only this draft: a new plan without `forbidden` may use the pair again, and suggest still offers it.
    const suggested = await p.call('matching.suggest', { participantId: removed.participantId, top: 50 });
    expect(suggested.map((s) => s.mentorId)).toContain(removed.mentorId);

    const other = suggested.find((s) => s.mentorId !== removed.mentorId)!;
    const pin = { participantId: removed.participantId, mentorId: other.mentorId };
    const pinned = (await runPlan(p, { cohortId, objective: 'score', fixed: [pin] })).draft!;
    expect(pinned.pairs[0]).toMatchObject({ ...pin, fixed: true, score: other.score });
    expect(pinned.pairs.filter((x) => x.participantId === pin.participantId)).toHaveLength(1);
    // The rest is the optimum around the pin: the pinned mentor has one place fewer.
    const { scores, capacity, mentors } = optimumOf(p, cohortId, 'score');
    const input = loadDraftInput(p.db(), { cohortId, objective: 'score' });
    const row = input.participants.filter((x) => x.openMatches === 0).findIndex((x) => x.id === pin.participantId);
    capacity[mentors.findIndex((m) => m.id === pin.mentorId)]! -= 1;
    const rest = solveAssignment(scores.filter((_, i) => i !== row), capacity, 'score').total;
    expect(pinned.totalScore).toBeCloseTo(rest + other.score, 1);

    // A pin the plan cannot make: someone outside the cohort; a declined pair.
    const outsider = (await p.call('people.list', {})).find((r) => !ids.includes(r.id) && r.mentorId === null)!;
    const failed = await runPlan(p, { cohortId, objective: 'score', fixed: [{ participantId: outsider.id, mentorId: other.mentorId }] });
    expect(failed.status).toMatchObject({ state: 'failed', error: { code: 'MATCHING_NOT_ALLOWED' } });
    await p.call('matching.decline', { participantId: pin.participantId, mentorId: pin.mentorId, reason: 'Passer ikke' });
    const declined = await runPlan(p, { cohortId, objective: 'score', fixed: [pin] });
    expect(declined.status).toMatchObject({ state: 'failed', error: { code: 'MATCHING_NOT_ALLOWED' } });
    expect(await p.api.call('matching.planResult', { jobId: declined.jobId })).toMatchObject({ ok: false, error: { code: 'API_CONFLICT' } });
  });

  it('refuses an unknown cohort at once, and can be cancelled', async () => {
    const p = await programme();
    const { cohortId } = await readyCohort(p, 4);
    expect(await p.api.call('matching.startPlan', { cohortId: 'no-such-cohort', objective: 'score' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    const { jobId } = await p.call('matching.startPlan', { cohortId, objective: 'count' });
    await p.call('jobs.cancel', { jobId });
    expect(await p.session.jobs.wait(jobId)).toMatchObject({ state: 'cancelled' });
    // The old matching.plan (the CLI's) still answers its compact shape.
    const plan = await p.call('matching.plan', { cohortId, objective: 'score' });
    expect(Object.keys(plan).toSorted()).toEqual(['objective', 'pairs', 'totalScore', 'unmatched']);
  });
});
