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
  // Each column as small integers (one per distinct shown value), recomputed when its ladder climbs.
  const columns = ladders.map((l) => encode(rows.map(l.rungs[0]!)));
  for (;;) {
    // Group ids by combining the columns one at a time into dense integers (no joined strings).
    let group = new Int32Array(rows.length);
    let groups = 1;
    for (const column of columns) {
      const dense = new Map<number, number>();
      const next = new Int32Array(rows.length);
      for (let r = 0; r < rows.length; r++) {
        const key = group[r]! * column.labels.length + column.codes[r]!;
        let id = dense.get(key);
        if (id === undefined) dense.set(key, (id = dense.size));
        next[r] = id;
      }
      group = next;
      groups = dense.size;
    }
    const sizes = new Int32Array(groups);
    for (let r = 0; r < rows.length; r++) sizes[group[r]!]!++;
    let smallest = Number.POSITIVE_INFINITY;
    for (const size of sizes) smallest = Math.min(smallest, size);
    if (smallest >= k) {
      return { levels: Object.fromEntries(ladders.map((l, q) => [l.key, levels[q]!])), values: rows.map((_, r) => columns.map((c) => c.labels[c.codes[r]!]!)), smallestGroup: smallest };
    }
    let pick = -1;
    let most = 0;
    for (let q = 0; q < ladders.length; q++) {
      if (levels[q] === ladders[q]!.rungs.length - 1) continue;
      const distinct = new Set<number>();
      for (let r = 0; r < rows.length; r++) if (sizes[group[r]!]! < k) distinct.add(columns[q]!.codes[r]!);
      if (distinct.size > most) {
        most = distinct.size;
        pick = q;
      }
    }
    // Every quasi-identifier is at its top rung: all rows share one combination, and rows ≥ k.
    if (pick < 0) throw new Error('k-anonymity: every ladder must end in one value for all rows');
    levels[pick]!++;
    columns[pick] = encode(rows.map(ladders[pick]!.rungs[levels[pick]!]!));
  }
}

function encode(values: readonly string[]): { codes: Int32Array; labels: string[] } {
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, r) => {
    let code = index.get(v);
    if (code === undefined) index.set(v, (code = index.size));
    codes[r] = code;
  });
  return { codes, labels: [...index.keys()] };
}
