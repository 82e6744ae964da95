import type loadHighs from 'highs';
import type { CellId, PublishedTable, Relation } from './table.ts';

/** The values a hidden cell can take given everything shown: [min, max], max Infinity when unbounded. */
export type FeasibleRange = { min: number; max: number };

/** How many linear or integer programs were solved (for the bench). */
export type SolveStats = { solves: number };

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let solver: Promise<Highs> | undefined;
/** HiGHS (WebAssembly), loaded once on first use (≈ 0.1 s), never when nothing is hidden. */
export function highsSolver(): Promise<Highs> {
  return (solver ??= import('highs').then((m) => m.default()));
}

/** Larger than any count of people in a programme: a maximum at this bound means "unbounded". */
const CEILING = 10_000_000;
const EPSILON = 1e-6;

/**
 * Hidden cells joined by relations, each group with the relations that touch it. Cells in
 * different groups cannot tell anything about each other, so each group is a small model.
 */
export function hiddenComponents(table: PublishedTable, hidden: ReadonlySet<CellId>): { cells: CellId[]; relations: Relation[] }[] {
  const parent = new Map<CellId, CellId>();
  const find = (c: CellId): CellId => {
    let root = c;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(c, root);
    return root;
  };
  for (const c of table.cells) if (hidden.has(c.id)) parent.set(c.id, c.id);
  const touching = table.relations.filter((r) => r.terms.some(([c]) => hidden.has(c)));
  for (const r of touching) {
    const cells = r.terms.map(([c]) => c).filter((c) => hidden.has(c));
    for (const c of cells.slice(1)) parent.set(find(c), find(cells[0]!));
  }
  const groups = new Map<CellId, { cells: CellId[]; relations: Relation[] }>();
  for (const c of table.cells) {
    if (!hidden.has(c.id)) continue;
    const root = find(c.id);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { cells: [], relations: [] }));
    g.cells.push(c.id);
  }
  for (const r of touching) groups.get(find(r.terms.find(([c]) => hidden.has(c))![0]))!.relations.push(r);
  return [...groups.values()];
}

/**
 * The feasible range of every hidden cell as a reader who knows the relations can work it out:
 * shown cells are their values, hidden cells are unknown whole numbers of at least 1 (a zero is
 * always shown, so a reader knows a hidden cell is not 0). Each hidden cell is minimised and
 * maximised over that model with HiGHS; `integer` solves the integer program (exact), otherwise
 * its linear relaxation rounded inwards (fast, and never narrower than the exact range).
 */
export function feasibleRanges(
  highs: Highs,
  table: PublishedTable,
  hidden: ReadonlySet<CellId>,
  options: { integer: boolean; cache?: Map<string, Map<CellId, FeasibleRange>>; relaxed?: ReadonlyMap<CellId, FeasibleRange>; stats?: SolveStats },
): Map<CellId, FeasibleRange> {
  const values = new Map(table.cells.map((c) => [c.id, c.value]));
  const ranges = new Map<CellId, FeasibleRange>();
  for (const component of hiddenComponents(table, hidden)) {
    // A component is its hidden cells (the relations follow from the table): one that a round of
    // suppression did not touch has the same ranges as before, so `cache` skips solving it again.
    const key = `${options.integer ? 'i' : 'l'}|${component.cells.join('\u0000')}`;
    let solved = options.cache?.get(key);
    if (!solved) {
      solved = componentRanges(highs, component, values, hidden, options.integer, options.relaxed, options.stats);
      options.cache?.set(key, solved);
    }
    for (const [cell, range] of solved) ranges.set(cell, range);
  }
  return ranges;
}

/**
 * `relaxed`: the linear relaxation's ranges for the same hidden cells. Where the relaxation is
 * unbounded above, so is the integer program (its polyhedron is rational and holds an integer
 * point, the true counts), and that maximum is not solved again.
 */
function componentRanges(
  highs: Highs,
  component: { cells: CellId[]; relations: Relation[] },
  values: ReadonlyMap<CellId, number>,
  hidden: ReadonlySet<CellId>,
  integer: boolean,
  relaxed?: ReadonlyMap<CellId, FeasibleRange>,
  stats?: SolveStats,
): Map<CellId, FeasibleRange> {
  const index = new Map(component.cells.map((c, i) => [c, i]));
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false });
    for (let i = 0; i < component.cells.length; i++) {
      model.addVar(1, CEILING);
      if (integer) model.changeColIntegrality(i, highs.constants.variableType.integer);
    }
    for (const relation of component.relations) {
      const indices: number[] = [];
      const coefficients: number[] = [];
      let constant = 0;
      for (const [cell, coefficient] of relation.terms) {
        if (hidden.has(cell)) {
          indices.push(index.get(cell)!);
          coefficients.push(coefficient);
        } else constant += coefficient * (values.get(cell) ?? 0);
      }
      // Σ coef·hidden + constant (= or ≤) 0
      model.addRow(relation.kind === 'eq' ? -constant : -highs.infinity, -constant, { indices, values: coefficients });
    }
    const ranges = new Map<CellId, FeasibleRange>();
    for (let i = 0; i < component.cells.length; i++) {
      model.changeColCost(i, 1);
      model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
      model.run();
      if (stats) stats.solves++;
      const min = objective(highs, model);
      let max = CEILING;
      if (!integer || relaxed?.get(component.cells[i]!)?.max !== Number.POSITIVE_INFINITY) {
        model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
        model.run();
        if (stats) stats.solves++;
        max = objective(highs, model);
      }
      model.changeColCost(i, 0);
      ranges.set(component.cells[i]!, {
        min: Math.ceil(min - EPSILON),
        max: max >= CEILING - 0.5 ? Number.POSITIVE_INFINITY : Math.floor(max + EPSILON),
      });
    }
    return ranges;
  } finally {
    model.dispose();
  }
}

function objective(highs: Highs, model: ReturnType<Highs['createModel']>): number {
  const status = model.getModelStatus();
  if (status !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS ended with model status ${status} on a published table (it always has a solution: the true counts)`);
  return model.getObjectiveValue();
}
