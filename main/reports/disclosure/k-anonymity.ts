/**
 * k-anonymity by generalisation (Sweeney's Datafly, deterministic): every combination of the
 * quasi-identifiers a list shows (age group, country, municipality, cohort …) must be shared by
 * at least k rows, so a reader who knows someone's attributes finds at least k rows that fit.
 * Each quasi-identifier has a ladder of ever coarser values (age band → wider band → all, country
 * → world region → all); while some combination is rarer than k, the quasi-identifier with the
 * most distinct values among the rare rows climbs one rung. Pure.
 */
export type Ladder<R> = { key: string; rungs: readonly ((row: R) => string)[] };

export type Generalised = {
  /** The rung each quasi-identifier ended on (0: as recorded; the last: one value for all). */
  levels: Record<string, number>;
  /** Each row's shown values, in ladder order. */
  values: string[][];
  /** The smallest group of rows sharing all shown values. */
  smallestGroup: number;
};

export function generalise<R>(rows: readonly R[], ladders: readonly Ladder<R>[], k: number): Generalised | null {
  if (rows.length < k) return null;
  const levels = ladders.map(() => 0);
  // Each rung computed once per row, when the ladder reaches it.
  const columns: string[][] = ladders.map((l) => rows.map(l.rungs[0]!));
  for (;;) {
    const groups = new Map<string, number[]>();
    for (let r = 0; r < rows.length; r++) {
      let key = '';
      for (let q = 0; q < columns.length; q++) key += `${columns[q]![r]}\u0000`;
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    let smallest = Number.POSITIVE_INFINITY;
    const rare: number[] = [];
    for (const g of groups.values()) {
      smallest = Math.min(smallest, g.length);
      if (g.length < k) rare.push(...g);
    }
    if (rare.length === 0) {
      return { levels: Object.fromEntries(ladders.map((l, q) => [l.key, levels[q]!])), values: rows.map((_, r) => columns.map((c) => c[r]!)), smallestGroup: smallest };
    }
    let pick = -1;
    let most = 0;
    for (let q = 0; q < ladders.length; q++) {
      if (levels[q] === ladders[q]!.rungs.length - 1) continue;
      const distinct = new Set(rare.map((r) => columns[q]![r])).size;
      if (distinct > most) {
        most = distinct;
        pick = q;
      }
    }
    // Every quasi-identifier is at its top rung: all rows share one combination, and rows ≥ k.
    if (pick < 0) throw new Error('k-anonymity: every ladder must end in one value for all rows');
    levels[pick]!++;
    const rung = ladders[pick]!.rungs[levels[pick]!]!;
    columns[pick] = rows.map(rung);
  }
}
