import type { Grouping, RungCodes } from './k-groups.ts';

/**
 * The minimality pass after a climb to k-anonymity: a climb (Datafly's) raises whole columns
 * until the rarest combination has k rows, and by then earlier raises are often no longer needed.
 * So, from a k-anonymous set of rungs, try lowering each quasi-identifier one rung; of the
 * lowerings that keep every combination at k rows or more, take the one that leaves the most
 * groups (the finest list; ties: the first in ladder order), and repeat until no single lowering
 * holds. The result is minimal: no quasi-identifier can come down a rung and stay k-anonymous
 * (and, for ladders of ever coarser values, no set of rungs below it is k-anonymous either).
 * Deterministic and pure: `levels` is not changed.
 */
export function lowerWhileSafe<R>(codes: RungCodes<R>, start: readonly number[], k: number): { levels: number[]; grouping: Grouping } {
  const levels = [...start];
  let grouping = codes.group(levels);
  for (;;) {
    let best: { q: number; grouping: Grouping } | null = null;
    for (let q = 0; q < levels.length; q++) {
      if (levels[q] === 0) continue;
      const lower = levels[q]! - 1;
      // Where the lower rung nests into the current one, the lowered list's groups are the
      // current groups split by the lower rung's values: one pass over the rows.
      const candidate = codes.nestsInto(q, lower) ? codes.refine(grouping, q, lower, k) : codes.group(levels.map((l, i) => (i === q ? lower : l)));
      if (candidate.smallest >= k && (!best || candidate.count > best.grouping.count)) best = { q, grouping: candidate };
    }
    if (!best) return { levels, grouping };
    levels[best.q]!--;
    grouping = best.grouping;
  }
}
