import { SECONDARY_MARK, SMALL_COUNT_MAX, SMALL_MARK } from './definitions.ts';

/** A published cell: the number, or a mark where it is hidden. */
export type Shown = number | typeof SMALL_MARK | typeof SECONDARY_MARK;

/** Cells (by index) whose sum is published in the `total` cell. */
export type SumGroup = { total: number; members: readonly number[] };

type Hidden = 'no' | 'primary' | 'secondary';

const bounds = (h: Hidden): [number, number] => (h === 'primary' ? [1, SMALL_COUNT_MAX] : [0, Number.POSITIVE_INFINITY]);

/**
 * True when a reader could work out one of the group's hidden members from the published total
 * and the shown members: each hidden cell's range (1–2 for "<3", 0–∞ for "x"), narrowed by the
 * sum of the others' ranges, is a single value.
 */
export function recoverable(values: readonly number[], hidden: readonly Hidden[], group: SumGroup): boolean {
  if (hidden[group.total] !== 'no') return false;
  const members = group.members.filter((i) => hidden[i] !== 'no');
  if (members.length === 0) return false;
  const rest = values[group.total]! - group.members.filter((i) => hidden[i] === 'no').reduce((s, i) => s + values[i]!, 0);
  const ranges = members.map((i) => bounds(hidden[i]!));
  const loSum = ranges.reduce((s, r) => s + r[0], 0);
  const hiSum = ranges.reduce((s, r) => s + r[1], 0);
  return ranges.some(([lo, hi]) => {
    const min = Math.max(lo, rest - (hiSum - hi));
    const max = Math.min(hi, rest - (loSum - lo));
    return min === max;
  });
}

/**
 * Small-count suppression for one table of counts of people. Primary: every count from 1 to
 * SMALL_COUNT_MAX shows as "<3" (totals too). Secondary: while some group's total is shown and a
 * hidden member could be worked out from it (one "<3" alone, or "<3"s that add up to exactly
 * their count or twice it), the smallest shown non-zero member is hidden as "x" (else a zero
 * member, else the total). Zeros stay shown. Pure; the same input always hides the same cells.
 */
export function suppressTable(values: readonly number[], groups: readonly SumGroup[]): Shown[] {
  const hidden: Hidden[] = values.map((v) => (v >= 1 && v <= SMALL_COUNT_MAX ? 'primary' : 'no'));
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      if (!recoverable(values, hidden, group)) continue;
      const shown = group.members.filter((i) => hidden[i] === 'no');
      const pick =
        [...shown].filter((i) => values[i]! > 0).sort((a, b) => values[a]! - values[b]! || a - b)[0] ??
        shown[0] ??
        group.total;
      hidden[pick] = 'secondary';
      changed = true;
    }
  }
  return values.map((v, i) => (hidden[i] === 'primary' ? SMALL_MARK : hidden[i] === 'secondary' ? SECONDARY_MARK : v));
}

/** A breakdown's cells followed by its total: suppressTable with one group. */
export function suppressBreakdown(counts: readonly number[], total: number): { cells: Shown[]; total: Shown } {
  const values = [...counts, total];
  const shown = suppressTable(values, [{ total: counts.length, members: counts.map((_, i) => i) }]);
  return { cells: shown.slice(0, counts.length), total: shown[counts.length]! };
}

/** One count on its own (no sum published beside it). */
export function suppressSingle(value: number): Shown {
  return value >= 1 && value <= SMALL_COUNT_MAX ? SMALL_MARK : value;
}
