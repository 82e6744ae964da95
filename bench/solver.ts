// bench/solver: the matching solver (main/matching/solver) on a random instance, against a greedy
// baseline (best remaining pair first) and against the previous run on this machine.
//   node bench/solver.ts [--participants 500] [--mentors 200] [--density 1] [--seed 1] [--rounds 3]
// Prints the median time per objective, the optimum's total over greedy's, and the time ratio to
// the last run (bench/results/solver.local.json, not committed).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { greedyAssignment, solveAssignment, type Objective } from '../main/matching/solver/index.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '500' },
    mentors: { type: 'string', default: '200' },
    density: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
  },
});
const N = Number(values.participants);
const M = Number(values.mentors);
const DENSITY = Number(values.density);
const ROUNDS = Number(values.rounds);

/** mulberry32: the same instance for the same seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(Number(values.seed));
const capacity = Array.from({ length: M }, () => 1 + Math.floor(random() * 3));
const scores = Array.from({ length: N }, () => Array.from({ length: M }, () => (random() < DENSITY ? Math.round(random() * 1000) / 10 : null)));
const label = `${N} participants × ${M} mentors (capacity 1–3, Σ ${capacity.reduce((a, b) => a + b, 0)}), density ${DENSITY}`;
console.log(`solver: ${label}`);

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const figures: Record<string, number> = {};

let started = performance.now();
const greedy = greedyAssignment(scores, capacity);
figures.greedyMs = performance.now() - started;
console.log(`  greedy            ${figures.greedyMs.toFixed(1)} ms  total ${greedy.total.toFixed(1)}  matched ${greedy.pairs.length}`);

for (const objective of ['score', 'count'] as Objective[]) {
  const times: number[] = [];
  let result = solveAssignment(scores, capacity, objective);
  for (let r = 0; r < ROUNDS; r++) {
    started = performance.now();
    result = solveAssignment(scores, capacity, objective);
    times.push(performance.now() - started);
  }
  figures[`${objective}Ms`] = median(times);
  figures[`${objective}Total`] = result.total;
  console.log(
    `  optimum '${objective}'`.padEnd(20) +
      `${median(times).toFixed(1)} ms  total ${result.total.toFixed(1)}  matched ${result.pairs.length}  ` +
      `total / greedy ${(result.total / greedy.total).toFixed(4)} (+${(result.total - greedy.total).toFixed(1)})`,
  );
}

const resultsDir = join(import.meta.dirname, 'results');
const previousPath = join(resultsDir, 'solver.local.json');
if (existsSync(previousPath)) {
  const previous = JSON.parse(readFileSync(previousPath, 'utf8')) as { label: string; figures: Record<string, number> };
  if (previous.label === label) {
    console.log('  time against the previous run (< 1 is faster):');
    for (const key of ['scoreMs', 'countMs']) {
      const before = previous.figures[key];
      if (before) console.log(`    ${key.padEnd(10)} ${(figures[key]! / before).toFixed(3)}`);
    }
  } else {
    console.log(`  previous run was another instance (${previous.label}); no ratio`);
  }
}
mkdirSync(resultsDir, { recursive: true });
writeFileSync(previousPath, JSON.stringify({ label, figures, at: new Date().toISOString() }, null, 2));
