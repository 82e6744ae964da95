import { FlowGraph } from './min-cost-flow.ts';

/**
 * 'score': the highest total score (someone may stay unmatched when that scores higher);
 * 'count': as many participants matched as possible, then the highest total score among those.
 */
export const OBJECTIVES = ['score', 'count'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** participants × mentors; null = not allowed. */
export type ScoreMatrix = readonly (readonly (number | null)[])[];

export type Assignment = {
  /** [participantIndex, mentorIndex], by participant. */
  pairs: [number, number][];
  total: number;
};

export type SolveOptions = {
  /**
   * Progress while solving: `done` of `total` participants placed or settled (`total` = the
   * number of participants). Called at most about every 50 ms, and once at the end with done = total.
   */
  onProgress?: (done: number, total: number) => void;
};

/** Wraps onProgress so it fires at most every `intervalMs` (and always for done = total). */
export function throttleProgress(onProgress: SolveOptions['onProgress'], total: number, intervalMs = 50): (done: number) => void {
  if (!onProgress) return () => {};
  let last = performance.now();
  return (done: number) => {
    if (done >= total) {
      onProgress(total, total);
      return;
    }
    const now = performance.now();
    if (now - last >= intervalMs) {
      last = now;
      onProgress(done, total);
    }
  };
}

export class SolverInputError extends Error {
  override name = 'SolverInputError';
}

/** Checks the shapes: a rectangular matrix of finite numbers or null, one whole capacity ≥ 0 per mentor. */
export function checkSolverInput(scores: ScoreMatrix, capacity: readonly number[]): void {
  const m = capacity.length;
  capacity.forEach((c, j) => {
    if (!Number.isInteger(c) || c < 0) throw new SolverInputError(`capacity[${j}] must be a whole number ≥ 0`);
  });
  scores.forEach((row, i) => {
    if (!Array.isArray(row)) throw new SolverInputError(`scores[${i}] must be a list`);
    if (row.length !== m) throw new SolverInputError(`scores[${i}] has ${row.length} values; capacity has ${m} mentors`);
    row.forEach((s, j) => {
      if (s !== null && (typeof s !== 'number' || !Number.isFinite(s))) throw new SolverInputError(`scores[${i}][${j}] must be a number or null`);
    });
  });
}

/**
 * The exact optimum assignment of participants to mentors within the mentors' capacities, never
 * using a null pair, as a min-cost flow: source → participant (1) → mentor (cost −score) →
 * sink (capacity). Successive shortest paths find the least cost for each flow value in turn,
 * and that cost is convex in the flow, so: 'score' stops at the first path that would lower the
 * total; 'count' goes on to a maximum flow, which is then the best-scoring maximum matching.
 */
export function solveAssignment(scores: ScoreMatrix, capacity: readonly number[], objective: Objective = 'score', options: SolveOptions = {}): Assignment {
  checkSolverInput(scores, capacity);
  const n = scores.length;
  const progress = throttleProgress(options.onProgress, n);
  const m = capacity.length;
  const source = 0;
  const sink = n + m + 1;
  const mentorNode = (j: number) => n + 1 + j;
  let edges = n + m;
  for (const row of scores) for (const s of row) if (s !== null) edges++;
  const graph = new FlowGraph(n + m + 2, edges);
  const potential = new Float64Array(n + m + 2);
  const mentorMin = new Float64Array(m); // least cost into each mentor: its starting potential
  const pairEdges: { i: number; j: number; e: number }[] = [];
  for (let j = 0; j < m; j++) if (capacity[j]! > 0) graph.addEdge(mentorNode(j), sink, capacity[j]!, 0);
  for (let i = 0; i < n; i++) {
    graph.addEdge(source, i + 1, 1, 0);
    const row = scores[i]!;
    for (let j = 0; j < m; j++) {
      const s = row[j];
      if (s === null || s === undefined || capacity[j]! === 0) continue;
      const e = graph.addEdge(i + 1, mentorNode(j), 1, -s);
      if (-s < mentorMin[j]!) mentorMin[j] = -s;
      pairEdges.push({ i, j, e });
    }
  }
  // Exact shortest distances on the DAG: participants 0, mentors the cheapest edge in (or 0), sink the least mentor.
  let sinkPotential = 0;
  for (let j = 0; j < m; j++) {
    potential[mentorNode(j)] = mentorMin[j]!;
    if (mentorMin[j]! < sinkPotential) sinkPotential = mentorMin[j]!;
  }
  potential[sink] = sinkPotential;
  // 'score' stops at the first path that would lower the total by more than rounding (1e-12 of the largest score).
  graph.run(source, sink, potential, objective === 'score' ? 1e-12 * Math.max(1, maxAbs(scores)) : Infinity, progress);
  progress(n);
  const pairs: [number, number][] = [];
  let total = 0;
  for (const { i, j, e } of pairEdges) {
    if (graph.residual(e) === 0) {
      pairs.push([i, j]);
      total += scores[i]![j]!;
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { pairs, total };
}

function maxAbs(scores: ScoreMatrix): number {
  let max = 0;
  for (const row of scores) for (const s of row) if (s !== null && Math.abs(s) > max) max = Math.abs(s);
  return max;
}

/** Baseline for the bench: the best remaining pair first, no look-ahead. */
export function greedyAssignment(scores: ScoreMatrix, capacity: readonly number[]): Assignment {
  const cells: [number, number, number][] = [];
  scores.forEach((row, i) => row.forEach((s, j) => {
    if (s !== null && s > 0) cells.push([s, i, j]);
  }));
  cells.sort((a, b) => b[0] - a[0]);
  const left = capacity.slice();
  const taken = new Uint8Array(scores.length);
  const pairs: [number, number][] = [];
  let total = 0;
  for (const [s, i, j] of cells) {
    if (taken[i] || left[j]! <= 0) continue;
    taken[i] = 1;
    left[j]! -= 1;
    pairs.push([i, j]);
    total += s;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { pairs, total };
}
