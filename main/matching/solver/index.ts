import { solveLap, type LapMatrix } from './lap.ts';

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
  /** How rows are held: 'auto' (default) picks by the share of allowed pairs; the others are for tests and benchmarks. */
  layout?: 'auto' | 'dense' | 'sparse';
};

/** Wraps onProgress so it fires at most every `intervalMs` (and always for done = total). */
export function throttleProgress(onProgress: SolveOptions['onProgress'], total: number, intervalMs = 50): (done: number) => void {
  if (!onProgress) return () => {};
  let last = performance.now();
  let finished = false;
  return (done: number) => {
    if (finished) return;
    if (done >= total) {
      finished = true;
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

/**
 * Checks the shapes: a rectangular matrix of finite numbers or null, one whole capacity ≥ 0 per
 * mentor. Returns how many pairs are allowed and the largest |score| (one plain pass: this runs
 * on millions of cells).
 */
export function checkSolverInput(scores: ScoreMatrix, capacity: readonly number[]): { allowed: number; maxAbs: number } {
  const m = capacity.length;
  for (let j = 0; j < m; j++) {
    const c = capacity[j]!;
    if (!Number.isInteger(c) || c < 0) throw new SolverInputError(`capacity[${j}] must be a whole number ≥ 0`);
  }
  let allowed = 0;
  let maxAbs = 0;
  for (let i = 0; i < scores.length; i++) {
    const row = scores[i];
    if (!Array.isArray(row)) throw new SolverInputError(`scores[${i}] must be a list`);
    if (row.length !== m) throw new SolverInputError(`scores[${i}] has ${row.length} values; capacity has ${m} mentors`);
    for (let j = 0; j < m; j++) {
      const s: unknown = row[j];
      if (s === null) continue;
      if (typeof s !== 'number' || !Number.isFinite(s)) throw new SolverInputError(`scores[${i}][${j}] must be a number or null`);
      allowed++;
      const a = s < 0 ? -s : s;
      if (a > maxAbs) maxAbs = a;
    }
  }
  return { allowed, maxAbs };
}

/**
 * The exact optimum assignment of participants to mentors within the mentors' capacities, never
 * using a null pair (see lap.ts: shortest augmenting paths on mentor columns with capacity and one
 * "unmatched" column). 'score': the highest total, where leaving someone unmatched counts 0 (so a
 * negative pair is never used). 'count': the most participants matched, then the highest total —
 * leaving someone unmatched costs more than any total the others could gain.
 */
export function solveAssignment(scores: ScoreMatrix, capacity: readonly number[], objective: Objective = 'score', options: SolveOptions = {}): Assignment {
  const { allowed, maxAbs } = checkSolverInput(scores, capacity);
  const n = scores.length;
  const m = capacity.length;
  const progress = throttleProgress(options.onProgress, n);
  const unmatchedCost = objective === 'count' ? unmatchedPenalty(n, maxAbs) : 0;
  const { mentorOf } = solveLap(toLapMatrix(scores, m, allowed, options.layout ?? 'auto'), Int32Array.from(capacity, (c) => Math.min(c, n)), unmatchedCost, progress);
  progress(n);
  const pairs: [number, number][] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i]!;
    if (j < 0) continue;
    pairs.push([i, j]);
    total += scores[i]![j]!;
  }
  return { pairs, total };
}

/**
 * What one participant left unmatched costs for 'count': more than any difference in total between
 * two assignments (each at most n pairs of |score| ≤ maxAbs), so one more pair always wins. Exact in
 * floating point while 4·n·maxAbs stays far below 2^53 times the scores' resolution (0–100 with
 * decimals for 20,000 participants: about 1e7, so ample).
 */
export function unmatchedPenalty(n: number, maxAbs: number): number {
  return 4 * Math.max(1, n) * Math.max(1, maxAbs) + 1;
}

/** Dense rows down to 1 allowed pair in 5; below that compressed rows and a heap. */
export const SPARSE_BELOW = 0.2;

function toLapMatrix(scores: ScoreMatrix, m: number, allowed: number, layout: 'auto' | 'dense' | 'sparse'): LapMatrix {
  const n = scores.length;
  if (layout === 'sparse' || (layout === 'auto' && allowed < SPARSE_BELOW * n * m)) {
    const rowStart = new Int32Array(n + 1);
    const cols = new Int32Array(allowed);
    const profit = new Float64Array(allowed);
    let e = 0;
    for (let i = 0; i < n; i++) {
      const row = scores[i]!;
      for (let j = 0; j < m; j++) {
        const s = row[j];
        if (s === null || s === undefined) continue;
        cols[e] = j;
        profit[e++] = s;
      }
      rowStart[i + 1] = e;
    }
    return { kind: 'sparse', n, m, rowStart, cols, profit };
  }
  const profit = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row = scores[i]!;
    const offset = i * m;
    for (let j = 0; j < m; j++) {
      const s = row[j];
      profit[offset + j] = s === null || s === undefined ? -Infinity : s;
    }
  }
  return { kind: 'dense', n, m, profit };
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
