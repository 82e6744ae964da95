import loadHighs from 'highs';

/**
 * An independent check of a published table, for tests: written as CPLEX LP text and solved by
 * HiGHS' one-shot `solve`, one integer program per hidden cell and direction, sharing no code with
 * the suppression (table.ts, feasible-ranges.ts). A reader knows the shown cells, that a hidden
 * cell is a whole number of at least 1 (zeros are shown), and the linear relations.
 */
export type CheckedRelation = { terms: readonly (readonly [string, number])[]; kind: 'eq' | 'le' };

const highs = await loadHighs();
const name = (i: number) => `c${i}`;

export function exactRanges(values: ReadonlyMap<string, number>, hidden: ReadonlySet<string>, relations: readonly CheckedRelation[]): Map<string, { min: number; max: number }> {
  const cells = [...hidden];
  const index = new Map(cells.map((c, i) => [c, i]));
  const rows: string[] = [];
  for (const r of relations) {
    let constant = 0;
    const parts: string[] = [];
    for (const [c, k] of r.terms) {
      if (hidden.has(c)) parts.push(`${k >= 0 ? '+' : '-'} ${Math.abs(k)} ${name(index.get(c)!)}`);
      else constant += k * values.get(c)!;
    }
    if (parts.length === 0) continue;
    rows.push(` r${rows.length}: ${parts.join(' ')} ${r.kind === 'eq' ? '=' : '<='} ${-constant}`);
  }
  const bounds = cells.map((_, i) => ` 1 <= ${name(i)} <= 1000000`).join('\n');
  const generals = cells.map((_, i) => name(i)).join(' ');
  const ranges = new Map<string, { min: number; max: number }>();
  cells.forEach((cell, i) => {
    const solve = (sense: 'Minimize' | 'Maximize') => {
      const lp = `${sense}\n obj: ${name(i)}\nSubject To\n${rows.length > 0 ? rows.join('\n') : ` r0: ${name(i)} >= 0`}\nBounds\n${bounds}\nGenerals\n ${generals}\nEnd\n`;
      const result = highs.solve(lp, { output_flag: false });
      if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status} for ${cell}`);
      return Math.round(result.ObjectiveValue);
    };
    const max = solve('Maximize');
    ranges.set(cell, { min: solve('Minimize'), max: max >= 1_000_000 ? Number.POSITIVE_INFINITY : max });
  });
  return ranges;
}
