import type { Assignment, Objective, ScoreMatrix } from '../../matching/solver/index.ts';

/** Tries every assignment (for tests on tiny instances): the best count-then-total or total. */
export function bruteForce(scores: ScoreMatrix, capacity: readonly number[], objective: Objective): Assignment & { count: number } {
  const left = capacity.slice();
  const chosen: number[] = [];
  let best = { total: -Infinity, count: -1, choice: [] as number[] };
  const visit = (i: number, total: number, count: number) => {
    if (i === scores.length) {
      const better = objective === 'count' ? count > best.count || (count === best.count && total > best.total + 1e-9) : total > best.total + 1e-9;
      if (better) best = { total, count, choice: chosen.slice() };
      return;
    }
    chosen.push(-1);
    visit(i + 1, total, count);
    chosen.pop();
    scores[i]!.forEach((s, j) => {
      if (s === null || left[j]! <= 0) return;
      left[j]! -= 1;
      chosen.push(j);
      visit(i + 1, total + s, count + 1);
      chosen.pop();
      left[j]! += 1;
    });
  };
  visit(0, 0, 0);
  const pairs = best.choice.flatMap((j, i) => (j >= 0 ? [[i, j] as [number, number]] : []));
  return { pairs, total: best.total, count: best.count };
}
