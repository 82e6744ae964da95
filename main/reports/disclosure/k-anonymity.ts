/**
 * k-anonymity by generalisation: every combination of the quasi-identifiers a list shows (age
 * group, country, municipality, cohort …) must be shared by at least k rows, so a reader who knows
 * someone's attributes finds at least k rows that fit. Each quasi-identifier has a ladder of ever
 * coarser values (age band → wider band → all, country → world region → all).
 *
 * The rungs come from a search of the lattice of rungs from the top down (k-lattice.ts), ending in
 * a minimal generalisation (k-minimal.ts): no column can come down a rung and every combination
 * still have k rows. Deterministic and pure.
 *
 * Sweeney's Datafly climb (`climb`, kept to compare against) overshoots: while some combination is
 * rarer than k, the quasi-identifier with the most distinct values among the rare rows climbs a
 * rung, and on a long tail it lifts column after column to "all" for the sake of a few rare rows.
 */
import { RungCodes, type Ladder } from './k-groups.ts';
import { searchLattice } from './k-lattice.ts';

export type { Ladder } from './k-groups.ts';

export type Generalised = {
  /** The rung each quasi-identifier ended on (0: as recorded; the last: one value for all). */
  levels: Record<string, number>;
  /** Each row's shown values, in ladder order. */
  values: string[][];
  /** The smallest group of rows sharing all shown values. */
  smallestGroup: number;
  /** How many groups of rows share all shown values (more: a finer list). */
  groups: number;
  /** Sets of rungs the search tried. */
  searched: number;
};

/** Row passes the lattice search may make (rows × sets tried), ~0.25 s of CPU at most; the long-tail bench (11,620 rows, k = 5) needs 8.7 million. */
export const SEARCH_ROW_PASSES = 12_000_000;

export function generalise<R>(rows: readonly R[], ladders: readonly Ladder<R>[], k: number): Generalised | null {
  if (rows.length < k) return null;
  const codes = new RungCodes(rows, ladders);
  const { levels, grouping, searched } = searchLattice(codes, k, Math.max(1, Math.floor(SEARCH_ROW_PASSES / rows.length)));
  const columns = levels.map((l, q) => codes.at(q, l));
  return {
    levels: Object.fromEntries(ladders.map((l, q) => [l.key, levels[q]!])),
    values: rows.map((_, r) => columns.map((c) => c.labels[c.codes[r]!]!)),
    smallestGroup: grouping.smallest,
    groups: grouping.count,
    searched,
  };
}

/** Datafly's climb alone (to compare against): the rung of each quasi-identifier, by key. null: fewer than k rows. */
export function dataflyLevels<R>(rows: readonly R[], ladders: readonly Ladder<R>[], k: number): Record<string, number> | null {
  if (rows.length < k) return null;
  const levels = climb(new RungCodes(rows, ladders), k);
  return Object.fromEntries(ladders.map((l, q) => [l.key, levels[q]!]));
}

/** Datafly: the rungs at which every combination has at least k rows. */
function climb<R>(codes: RungCodes<R>, k: number): number[] {
  const ladders = codes.ladders;
  const levels = ladders.map(() => 0);
  for (;;) {
    const { ids, count, smallest } = codes.group(levels);
    if (smallest >= k) return levels;
    const sizes = new Int32Array(count);
    for (let r = 0; r < ids.length; r++) sizes[ids[r]!]!++;
    let pick = -1;
    let most = 0;
    for (let q = 0; q < ladders.length; q++) {
      if (levels[q] === ladders[q]!.rungs.length - 1) continue;
      const column = codes.at(q, levels[q]!);
      const distinct = new Uint8Array(column.labels.length);
      let seen = 0;
      for (let r = 0; r < ids.length; r++) {
        if (sizes[ids[r]!]! < k && distinct[column.codes[r]!] === 0) {
          distinct[column.codes[r]!] = 1;
          seen++;
        }
      }
      if (seen > most) {
        most = seen;
        pick = q;
      }
    }
    // Every quasi-identifier is at its top rung: all rows share one combination, and rows ≥ k.
    if (pick < 0) throw new Error('k-anonymity: every ladder must end in one value for all rows');
    levels[pick]!++;
  }
}
