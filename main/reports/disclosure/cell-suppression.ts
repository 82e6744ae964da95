import { feasibleRanges, highsSolver, type FeasibleRange } from './feasible-ranges.ts';
import type { CellId, PublishedTable } from './table.ts';

/** Counts from 1 up to this are hidden (primary suppression). Zeros are shown: a zero is nobody. */
export const SMALL_COUNT_MAX = 2;
/**
 * The protection interval: a reader must not be able to narrow any hidden cell to fewer than
 * PROTECTION_WIDTH + 1 whole numbers (max − min ≥ 2), e.g. a hidden 1 could be anything from 1 to 3.
 */
export const PROTECTION_WIDTH = 2;

/** `solves`: the linear and integer programs HiGHS solved to get there. */
export type Suppression = { hidden: Set<CellId>; primary: number; secondary: number; ranges: Map<CellId, FeasibleRange>; solves: number };

export const isSmall = (value: number) => value >= 1 && value <= SMALL_COUNT_MAX;
export const protectedEnough = (r: FeasibleRange) => r.max - r.min >= PROTECTION_WIDTH;

/**
 * Statistical cell suppression of one published table (every cell a count of people):
 * primary suppression of the counts 1–2, then secondary suppression until every hidden cell's
 * feasible range, worked out by a linear program from everything shown, is at least
 * PROTECTION_WIDTH wide. Each round, every under-protected cell (in table order) that no cell
 * hidden in this round touches gets one more hidden cell: the cheapest shown non-zero cell in a
 * relation with it (smallest value, then table order), or, when its relations hold none, the
 * cheapest one relation further out. Candidate rounds use the linear relaxation; the result is
 * checked with the exact integer program, and rounds go on until that check passes.
 * Deterministic: the same table gives the same hidden cells.
 */
export async function suppressCells(table: PublishedTable): Promise<Suppression> {
  const hidden = new Set(table.cells.filter((c) => isSmall(c.value)).map((c) => c.id));
  const primary = hidden.size;
  if (hidden.size === 0) return { hidden, primary, secondary: 0, ranges: new Map(), solves: 0 };
  const highs = await highsSolver();
  const order = new Map(table.cells.map((c, i) => [c.id, i]));
  const value = new Map(table.cells.map((c) => [c.id, c.value]));
  const related = new Map<CellId, CellId[]>();
  for (const r of table.relations) {
    for (const [a] of r.terms) {
      const list = related.get(a) ?? [];
      for (const [b] of r.terms) if (b !== a && !list.includes(b)) list.push(b);
      related.set(a, list);
    }
  }
  const cheapest = (cells: Iterable<CellId>) =>
    [...cells].filter((c) => !hidden.has(c) && (value.get(c) ?? 0) > 0).sort((a, b) => value.get(a)! - value.get(b)! || order.get(a)! - order.get(b)!)[0];
  /** The cheapest shown non-zero cell nearest to `cell` through the relations. */
  const candidate = (cell: CellId): CellId | undefined => {
    const seen = new Set([cell]);
    let frontier = [cell];
    while (frontier.length > 0) {
      const next = frontier.flatMap((c) => related.get(c) ?? []).filter((c) => !seen.has(c));
      next.forEach((c) => seen.add(c));
      const pick = cheapest(next);
      if (pick) return pick;
      frontier = next.filter((c) => hidden.has(c));
    }
    return undefined;
  };

  const cache = new Map<string, Map<CellId, FeasibleRange>>();
  const stats = { solves: 0 };
  let relaxed: Map<CellId, FeasibleRange> | undefined;
  for (let integer = false; ; ) {
    const ranges = feasibleRanges(highs, table, hidden, { integer, cache, relaxed: integer ? relaxed : undefined, stats });
    const under = [...ranges].filter(([, r]) => !protectedEnough(r)).map(([c]) => c).sort((a, b) => order.get(a)! - order.get(b)!);
    if (under.length === 0) {
      if (integer) return { hidden, primary, secondary: hidden.size - primary, ranges, solves: stats.solves };
      relaxed = ranges;
      integer = true;
      continue;
    }
    const added: CellId[] = [];
    for (const cell of under) {
      if (added.some((a) => a === cell || related.get(a)?.includes(cell))) continue;
      const pick = candidate(cell);
      if (pick) {
        hidden.add(pick);
        added.push(pick);
      }
    }
    // Nothing left to hide near the under-protected cells: what is hidden is as protected as the
    // table allows (every non-zero cell around them is hidden already).
    if (added.length === 0) return { hidden, primary, secondary: hidden.size - primary, ranges, solves: stats.solves };
    integer = false;
  }
}
