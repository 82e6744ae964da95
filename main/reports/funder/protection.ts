import { suppressCells } from '../disclosure/cell-suppression.ts';
import type { CellId } from '../disclosure/table.ts';
import type { FunderCounts } from './counts.ts';
import { HIDDEN_MARK } from './definitions.ts';
import { publishedCounts } from './published-counts.ts';

/** A published count: the number, or the one mark every hidden cell carries. */
export type Shown = number | typeof HIDDEN_MARK;

/** How the report's counts are published: `show` turns a cell's count into what the workbook prints. */
export type Publication = {
  suppressed: boolean;
  show(id: CellId, value: number): Shown;
  isHidden(id: CellId): boolean;
  /** Hidden cells: small counts, cells hidden to protect them, and the time the suppression took. */
  summary: { primary: number; secondary: number; ms: number; solves: number };
};

/** Publishes every count as it is (no suppression). */
export const unsuppressed: Publication = { suppressed: false, show: (_id, value) => value, isHidden: () => false, summary: { primary: 0, secondary: 0, ms: 0, solves: 0 } };

/** Small-count suppression over every count of people the report publishes, across its sheets. */
export async function protectCounts(counts: FunderCounts, suppress: boolean): Promise<Publication> {
  if (!suppress) return unsuppressed;
  const start = performance.now();
  const { hidden, primary, secondary, solves } = await suppressCells(publishedCounts(counts));
  return {
    suppressed: true,
    show: (id, value) => (hidden.has(id) ? HIDDEN_MARK : value),
    isHidden: (id) => hidden.has(id),
    summary: { primary, secondary, solves, ms: Math.round(performance.now() - start) },
  };
}
