// bench/plan: the whole-cohort plan (main/matching/plan-job) on a big cohort.
//   node bench/plan.ts [--participants 2000] [--mentors 1000] [--rounds 1] [--no-worker]
// A demo programme in an encrypted file (bench/matching-instances.ts: generator + direct mentor
// inserts), then `participants` of its people (as one cohort ready for a mentor, none in an open
// match) against `mentors` of its available mentors, the programme's weights and exclusions. The
// draft is built in this process (buildDraft, as `matching.plan` and the CLI do) with the phases
// timed from its progress reports: scoring (the participant × mentor matrix), solving, and the
// rest (the draft's pairs with their breakdowns, why someone is unmatched); then once in the plan
// worker end to end (as `matching.startPlan` does: the facts cloned in, the draft cloned out).
// The totals and a digest of the pairs show the draft is the same from run to run (and before and
// after a change). Writes bench/results/plan.local.json (not committed) and compares with it.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createVault } from '../db/vault/vault.ts';
import { exclusionsFor, mentorFacts, participantFacts } from '../main/matching/facts.ts';
import { buildDraft, type Draft, type DraftInput } from '../main/matching/plan-job/draft.ts';
import { planWorkerUrl, type WorkerMessage } from '../main/matching/plan-job/run.ts';
import { prepared } from '../db/sqlite-client.ts';
import { readProgrammeSettings } from '../main/settings/programme-settings.ts';
import { buildProgramme, sample } from './matching-instances.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '2000' },
    mentors: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    'no-worker': { type: 'boolean', default: false },
  },
});
const N = Number(values.participants);
const M = Number(values.mentors);
const ROUNDS = Math.max(1, Number(values.rounds));
const PASS = 'benk-plan-fjellrev-kanelbolle';

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

/** What identifies a draft: the totals and a digest of every pair (ids, score, breakdown) and of who is unmatched why. */
function fingerprint(draft: Draft) {
  const digest = createHash('sha256').update(JSON.stringify([draft.pairs, draft.unmatched])).digest('hex').slice(0, 16);
  return { totalScore: draft.totalScore, matched: draft.matchedCount, unmatched: draft.unmatched.length, digest };
}

type Phases = { scoring: number; solving: number; rest: number; total: number };

/** buildDraft in this process, the phases timed from its progress reports. */
function timeDraft(input: DraftInput): { phases: Phases; draft: Draft } {
  const started = performance.now();
  let scoringEnd = 0;
  let solvingEnd = 0;
  const draft = buildDraft(input, ({ phase, done, total }) => {
    if (phase === 'solving' && done === 0 && scoringEnd === 0) scoringEnd = performance.now();
    if (phase === 'solving' && done === total && total > 0) solvingEnd = performance.now();
  });
  const end = performance.now();
  return { phases: { scoring: scoringEnd - started, solving: solvingEnd - scoringEnd, rest: end - solvingEnd, total: end - started }, draft };
}

/** The plan worker end to end: start, facts in, progress, draft out. */
async function timeWorker(input: DraftInput): Promise<{ ms: number; draft: Draft; progressMessages: number }> {
  const url = planWorkerUrl();
  if (!url) throw new Error('No plan worker found');
  const started = performance.now();
  const worker = new Worker(url, { workerData: input });
  let progressMessages = 0;
  const draft = await new Promise<Draft>((done, fail) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progressMessages++;
      else if (message.type === 'done') done(message.draft);
      else fail(new Error(`${message.code}: ${message.message}`));
    });
    worker.on('error', fail);
  });
  const elapsed = performance.now() - started;
  await worker.terminate();
  return { ms: elapsed, draft, progressMessages };
}

const dir = mkdtempSync(join(tmpdir(), 'koble-bench-plan-'));
type Figures = { label: string; phases: Phases; worker?: number; draft: ReturnType<typeof fingerprint> };
let figures: Figures;
try {
  const started = performance.now();
  const { vault, staffId } = await createVault({ path: join(dir, 'Plan.koble'), staffName: 'Benk Koordinator', passphrase: PASS });
  // About half as many mentors as people in the demo, topped up by direct inserts; most are available.
  const counts = buildProgramme(vault.db, staffId, Math.max(N, 2 * M), 2 * M);
  const ids = (prepared(vault.db, 'select id from participants where erased_at is null order by id').all() as { id: string }[]).map((r) => r.id);
  const cohortId = 'bench-cohort';
  // The cohort: as the plan would load it (ready, no open match), from the programme's people.
  const participants = sample(ids, N, 7).map((id) => ({ ...participantFacts(vault.db, id)!, stage: 'ready', cohortId, openMatches: 0 }));
  const available = mentorFacts(vault.db, { onlyAvailable: true });
  if (available.length < M) throw new Error(`Only ${available.length} available mentors; asked for ${M}`);
  const mentors = sample(available, M, 8).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const input: DraftInput = {
    cohortId,
    objective: 'score',
    language: 'nb',
    participants,
    mentors,
    weights: readProgrammeSettings(vault.db).matchingWeights,
    exclusions: exclusionsFor(vault.db, participants.map((p) => p.id)),
    fixed: [],
    forbidden: [],
  };
  vault.close();
  const places = mentors.reduce((sum, m) => sum + m.capacity - m.openMatches, 0);
  console.log(`programme: ${counts.participants} participants, ${counts.mentors} mentors in ${ms(performance.now() - started)}`);
  console.log(`plan: ${N} participants × ${M} available mentors (${places} places), ${input.exclusions.size} excluded pairs`);
  console.log(`  (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores: on a busy machine every time here grows)`);

  const runs: Phases[] = [];
  let draft: Draft | undefined;
  for (let r = 0; r < ROUNDS; r++) {
    const run = timeDraft(input);
    runs.push(run.phases);
    if (draft && JSON.stringify(fingerprint(draft)) !== JSON.stringify(fingerprint(run.draft))) throw new Error('Two runs gave different drafts');
    draft = run.draft;
    console.log(`  in process: scoring ${ms(run.phases.scoring)}, solving ${ms(run.phases.solving)}, draft ${ms(run.phases.rest)}, total ${ms(run.phases.total)}`);
  }
  const phases: Phases = { scoring: median(runs.map((p) => p.scoring)), solving: median(runs.map((p) => p.solving)), rest: median(runs.map((p) => p.rest)), total: median(runs.map((p) => p.total)) };
  const pairs = N * M;
  console.log(`  scoring: ${((phases.scoring * 1000) / pairs).toFixed(2)} µs a pair`);
  figures = { label: `${N}×${M}`, phases, draft: fingerprint(draft!) };
  if (!values['no-worker']) {
    const worker = await timeWorker(input);
    if (JSON.stringify(fingerprint(worker.draft)) !== JSON.stringify(figures.draft)) throw new Error('The worker gave another draft');
    figures.worker = worker.ms;
    console.log(`  in the plan worker, end to end: ${ms(worker.ms)} (${worker.progressMessages} progress messages)`);
  }
  const d = figures.draft;
  console.log(`  draft: total score ${d.totalScore}, ${d.matched} pairs, ${d.unmatched} unmatched, digest ${d.digest}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const previousPath = join(import.meta.dirname, 'results', 'plan.local.json');
if (existsSync(previousPath)) {
  const previous = JSON.parse(readFileSync(previousPath, 'utf8')) as Figures;
  if (previous.label === figures.label) {
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(
      `against the previous run (< 1 is faster): scoring ${ratio(figures.phases.scoring, previous.phases.scoring)}, total ${ratio(figures.phases.total, previous.phases.total)}` +
        `${figures.worker && previous.worker ? `, worker ${ratio(figures.worker, previous.worker)}` : ''}; ` +
        `the same draft: ${JSON.stringify(previous.draft) === JSON.stringify(figures.draft) ? 'yes' : `NO (before ${JSON.stringify(previous.draft)})`}`,
    );
  }
}
writeFileSync(previousPath, `${JSON.stringify(figures, null, 2)}\n`);
