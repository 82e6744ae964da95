import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForce } from '../../test/solver/brute-force.ts';
import { checkSolverInput, greedyAssignment, solveAssignment, SolverInputError, type Assignment, type ScoreMatrix } from './index.ts';
import { minCostFlowAssignment } from '../../test/solver/min-cost-flow.ts';

const LAYOUTS = ['dense', 'sparse'] as const;

const instance = fc
  .record({ n: fc.integer({ min: 0, max: 6 }), m: fc.integer({ min: 0, max: 4 }) })
  .chain(({ n, m }) =>
    fc.record({
      scores: fc.array(fc.array(fc.option(fc.oneof(fc.integer({ min: -20, max: 100 }), fc.double({ min: -5, max: 100, noNaN: true })), { nil: null, freq: 4 }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
    }),
  );

function assertFeasible(scores: ScoreMatrix, capacity: readonly number[], result: Assignment): void {
  const used = capacity.map(() => 0);
  const seen = new Set<number>();
  let total = 0;
  for (const [i, j] of result.pairs) {
    expect(seen.has(i)).toBe(false);
    seen.add(i);
    expect(scores[i]![j]).not.toBeNull();
    used[j]! += 1;
    total += scores[i]![j]!;
  }
  used.forEach((u, j) => expect(u).toBeLessThanOrEqual(capacity[j]!));
  expect(result.total).toBeCloseTo(total, 6);
}

describe('solveAssignment', () => {
  it.each(LAYOUTS)("'score' finds the brute-force optimum total (%s rows); capacities hold and nulls are never used", (layout) => {
    fc.assert(
      fc.property(instance, ({ scores, capacity }) => {
        const result = solveAssignment(scores, capacity, 'score', { layout });
        assertFeasible(scores, capacity, result);
        expect(result.total).toBeCloseTo(bruteForce(scores, capacity, 'score').total, 6);
      }),
      { numRuns: 600 },
    );
  });

  it.each(LAYOUTS)("'count' matches as many as possible, then the best total among those (%s rows)", (layout) => {
    fc.assert(
      fc.property(instance, ({ scores, capacity }) => {
        const result = solveAssignment(scores, capacity, 'count', { layout });
        assertFeasible(scores, capacity, result);
        const best = bruteForce(scores, capacity, 'count');
        expect(result.pairs.length).toBe(best.count);
        expect(result.total).toBeCloseTo(best.total, 6);
      }),
      { numRuns: 600 },
    );
  });

  // Bigger than brute force can try: long augmenting paths through full mentors, many ties
  // (a few distinct scores), all densities; the previous min-cost-flow solver is the oracle.
  const medium = fc
    .record({ n: fc.integer({ min: 1, max: 40 }), m: fc.integer({ min: 1, max: 15 }), nullShare: fc.double({ min: 0, max: 0.95, noNaN: true }), distinct: fc.integer({ min: 1, max: 200 }) })
    .chain(({ n, m, nullShare, distinct }) =>
      fc.record({
        scores: fc.array(
          fc.array(
            fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -Math.floor(distinct / 5), max: distinct })).map(([u, s]) => (u < nullShare ? null : s / 2)),
            { minLength: m, maxLength: m },
          ),
          { minLength: n, maxLength: n },
        ),
        capacity: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: m, maxLength: m }),
      }),
    );

  it.each(LAYOUTS)('equals the min-cost-flow optimum on instances of up to 40 × 15, both objectives (%s rows)', (layout) => {
    fc.assert(
      fc.property(medium, ({ scores, capacity }) => {
        const byScore = solveAssignment(scores, capacity, 'score', { layout });
        assertFeasible(scores, capacity, byScore);
        expect(byScore.total).toBeCloseTo(minCostFlowAssignment(scores, capacity, 'score').total, 6);
        const byCount = solveAssignment(scores, capacity, 'count', { layout });
        assertFeasible(scores, capacity, byCount);
        const oracle = minCostFlowAssignment(scores, capacity, 'count');
        expect(byCount.pairs.length).toBe(oracle.pairs.length);
        expect(byCount.total).toBeCloseTo(oracle.total, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('is never worse than greedy', () => {
    fc.assert(
      fc.property(instance, ({ scores, capacity }) => {
        expect(solveAssignment(scores, capacity, 'score').total).toBeGreaterThanOrEqual(greedyAssignment(scores, capacity).total - 1e-9);
      }),
    );
  });

  it('leaves someone unmatched when that scores higher, and matches them for the count objective', () => {
    // One mentor with one place; the negative pair is worse than nothing.
    expect(solveAssignment([[-1]], [1], 'score')).toEqual({ pairs: [], total: 0 });
    expect(solveAssignment([[-1]], [1], 'count')).toEqual({ pairs: [[0, 0]], total: -1 });
    // Greedy takes 0–0 (90) and leaves 1 alone; the optimum pairs both (80 + 70).
    const scores = [
      [90, 80],
      [85, null],
    ];
    expect(greedyAssignment(scores, [1, 1]).total).toBe(90);
    expect(solveAssignment(scores, [1, 1])).toEqual({ pairs: [[0, 1], [1, 0]], total: 165 });
    // 'score' may prefer one strong pair over two weaker (100 > 1 + 10); 'count' takes two.
    const tradeOff = [
      [100, 1],
      [10, null],
    ];
    expect(solveAssignment(tradeOff, [1, 1], 'score')).toEqual({ pairs: [[0, 0]], total: 100 });
    expect(solveAssignment(tradeOff, [1, 1], 'count')).toEqual({ pairs: [[0, 1], [1, 0]], total: 11 });
    const few = [[100], [10]];
    expect(solveAssignment(few, [1], 'score')).toEqual({ pairs: [[0, 0]], total: 100 });
  });

  it('takes capacities beyond 32 bits as "room for everyone"', () => {
    expect(solveAssignment([[5], [7], [null]], [2 ** 40], 'score')).toEqual({ pairs: [[0, 0], [1, 0]], total: 12 });
  });

  it('refuses shapes that do not fit', () => {
    expect(() => checkSolverInput([[1, 2]], [1])).toThrow(SolverInputError);
    expect(() => checkSolverInput([[1]], [-1])).toThrow(/capacity\[0\]/);
    expect(() => checkSolverInput([[1]], [1.5])).toThrow(SolverInputError);
    expect(() => checkSolverInput([[Number.NaN]], [1])).toThrow(/scores\[0\]\[0\]/);
    expect(() => checkSolverInput([], [])).not.toThrow();
  });
});

describe('solveAssignment onProgress', () => {
  it('reports done of total participants, ending at total', () => {
    const calls: [number, number][] = [];
    const scores = [
      [90, 80],
      [85, null],
      [10, 20],
    ];
    const result = solveAssignment(scores, [1, 1], 'score', { onProgress: (done, total) => calls.push([done, total]) });
    expect(result.total).toBe(165);
    expect(calls.filter(([done]) => done === 3)).toEqual([[3, 3]]);
    for (const [done, total] of calls) {
      expect(total).toBe(3);
      expect(done).toBeGreaterThanOrEqual(0);
      expect(done).toBeLessThanOrEqual(3);
    }
  });
});
