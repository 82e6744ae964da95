import type { Grouping, RungCodes } from './k-groups.ts';
import { lowerWhileSafe } from './k-minimal.ts';

/**
 * The best minimal generalisation, found by searching the lattice of rungs (one rung per
 * quasi-identifier) from the top, where every column is "all", downwards — the way Incognito and
 * OLA search it: a set of rungs is k-anonymous only if every set above it is (lowering a rung
 * splits groups, never joins them), so the search goes below a set of rungs only where that set is
 * k-anonymous, and never below one that is not; nor where one column alone or two together
 * already have a group under k. Each set below is the one above split by one column's finer
 * values: one pass over the rows.
 *
 * Of the k-anonymous sets it meets, it keeps the one with the most groups (the finest list a
 * reader gets), then the fewest rungs climbed, then the first in search order (deterministic).
 * The search stops after `budget` row passes (a list with a long tail keeps only a few hundred
 * sets k-anonymous; an easy one keeps many, and then the first found are already fine); the
 * minimality pass then lowers what it still can, so the result is minimal either way. Pure.
 */
export function searchLattice<R>(codes: RungCodes<R>, k: number, budget: number): { levels: number[]; grouping: Grouping; searched: number } {
  const ladders = codes.ladders;
  const top = ladders.map((l) => l.rungs.length - 1);
  const topGrouping = codes.group(top);
  if (topGrouping.smallest < k) throw new Error('k-anonymity: every ladder must end in one value for all rows');
  // Each set of rungs as one number (mixed radix), and whether it was found k-anonymous.
  const radix = top.map((t) => t + 1);
  const key = (levels: readonly number[]) => levels.reduce((sum, l, q) => sum * radix[q]! + l, 0);
  const checked = new Map<number, boolean>();
  let passes = 0;
  let best = { levels: top, grouping: topGrouping, climbed: top.reduce((s, l) => s + l, 0) };

  // Incognito's pruning by subsets of the quasi-identifiers: a list can be k-anonymous only if
  // each column alone, and each two columns together, are (fewer columns only join groups).
  // Each pair at each pair of rungs is counted once, on first need: one pass over the rows.
  const pairs = new Map<number, boolean>();
  const subsetsSafe = (levels: readonly number[], q: number): boolean => {
    const alone = codes.at(q, levels[q]!);
    if (alone.rarest < k) return false;
    for (let p = 0; p < levels.length; p++) {
      // A column at its top rung is one value for all: with it, a pair is the other column alone.
      if (p === q || levels[p] === top[p]) continue;
      const id = ((q * 64 + levels[q]!) * 64 + p) * 64 + levels[p]!;
      let safe = pairs.get(id);
      if (safe === undefined) {
        safe = codes.refine({ ids: alone.codes, count: alone.labels.length, smallest: alone.rarest }, p, levels[p]!, Infinity).smallest >= k;
        passes++;
        pairs.set(id, safe);
        pairs.set(((p * 64 + levels[p]!) * 64 + q) * 64 + levels[q]!, safe);
      }
      if (!safe) return false;
    }
    return true;
  };
  // No set of rungs has more groups than the rows as recorded: once a set has that many, stop.
  const most = codes.group(top.map(() => 0)).count;
  const visit = (levels: number[], grouping: Grouping, climbed: number): void => {
    if (grouping.count > best.grouping.count || (grouping.count === best.grouping.count && climbed < best.climbed)) best = { levels, grouping, climbed };
    for (let q = 0; q < levels.length; q++) {
      if (levels[q] === 0 || passes >= budget || best.grouping.count === most) continue;
      const lower = levels.map((l, i) => (i === q ? l - 1 : l));
      const id = key(lower);
      if (checked.has(id)) continue;
      if (!subsetsSafe(lower, q)) {
        checked.set(id, false);
        continue;
      }
      // Split the groups by the finer rung where it nests into the coarser one; else group afresh.
      const split = codes.nestsInto(q, lower[q]!) ? codes.refine(grouping, q, lower[q]!, k) : codes.group(lower);
      passes++;
      const safe = split.smallest >= k;
      checked.set(id, safe);
      if (safe) visit(lower, split, climbed - 1);
    }
  };
  visit(top, topGrouping, best.climbed);
  const minimal = lowerWhileSafe(codes, best.levels, k);
  return { ...minimal, searched: passes };
}
