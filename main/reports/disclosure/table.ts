/**
 * A published set of counts as the reader of a report sees it: cells (each a count of people)
 * and the linear relations between them that the report shows or implies (a total is the sum of
 * its rows, the same total restated on another sheet is the same cell, a subset is at most its
 * whole). Statistical disclosure control works on this model, never on sheets and rows.
 */
export type CellId = string;

export type PublishedCell = { id: CellId; value: number };

/** Σ coefficient × cell, equal to 0 (`eq`) or at most 0 (`le`). */
export type Relation = { terms: readonly (readonly [CellId, number])[]; kind: 'eq' | 'le' };

export type PublishedTable = { cells: readonly PublishedCell[]; relations: readonly Relation[] };

/** `total` is the sum of `members` (a row, column or grand total). */
export function sumRelation(total: CellId, members: readonly CellId[]): Relation {
  return { terms: [...members.map((m) => [m, 1] as const), [total, -1] as const], kind: 'eq' };
}

/** `part` counts a subset of the people `whole` counts. */
export function atMostRelation(part: CellId, whole: CellId): Relation {
  return { terms: [[part, 1], [whole, -1]], kind: 'le' };
}

/** `part` is at most the sum of `wholes` (each of its people is counted in one of them). */
export function atMostSumRelation(part: CellId, wholes: readonly CellId[]): Relation {
  return { terms: [[part, 1], ...wholes.map((w) => [w, -1] as const)], kind: 'le' };
}

/** Whether the relation is true of the given values. */
export function holds(relation: Relation, values: ReadonlyMap<CellId, number>): boolean {
  const sum = relation.terms.reduce((s, [c, k]) => s + k * (values.get(c) ?? 0), 0);
  return relation.kind === 'eq' ? sum === 0 : sum <= 0;
}
