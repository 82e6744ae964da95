/**
 * The groups a k-anonymity search counts: each quasi-identifier's values at each rung as small
 * integers (computed once per rung, on first use), and rows grouped by all shown values as dense
 * integer ids (no joined strings). Pure apart from the cache each instance keeps.
 */
export type Ladder<R> = { key: string; rungs: readonly ((row: R) => string)[] };

/** One rung of one quasi-identifier: each row's value as a code, the value of each code, and the fewest rows any value has. */
export type Coded = { codes: Int32Array; labels: string[]; rarest: number };

/** Rows as dense group ids: `ids[r]` in 0..count-1; `smallest` is the smallest group's size. */
export type Grouping = { ids: Int32Array; count: number; smallest: number };

export class RungCodes<R> {
  private readonly rows: readonly R[];
  readonly ladders: readonly Ladder<R>[];
  private readonly cache: (Coded | undefined)[][];
  /** `coarser[q][l]`: whether rung l + 1 of q is a function of rung l (each rung-l value has one rung-(l + 1) value). */
  private readonly nested: (boolean | undefined)[][];
  private readonly scratch = newScratch();

  constructor(rows: readonly R[], ladders: readonly Ladder<R>[]) {
    this.rows = rows;
    this.ladders = ladders;
    this.cache = ladders.map(() => []);
    this.nested = ladders.map(() => []);
  }

  get size(): number {
    return this.rows.length;
  }

  /** Quasi-identifier q at rung `level`. */
  at(q: number, level: number): Coded {
    const cached = this.cache[q]![level];
    if (cached) return cached;
    const coded = encode(this.rows.map(this.ladders[q]!.rungs[level]!));
    this.cache[q]![level] = coded;
    return coded;
  }

  /** Whether grouping by rung `level` of q already tells its rung `level + 1` (true for ladders of ever coarser values). */
  nestsInto(q: number, level: number): boolean {
    const known = this.nested[q]![level];
    if (known !== undefined) return known;
    const fine = this.at(q, level);
    const coarse = this.at(q, level + 1);
    const up = new Int32Array(fine.labels.length).fill(-1);
    let nests = true;
    for (let r = 0; r < fine.codes.length && nests; r++) {
      const f = fine.codes[r]!;
      if (up[f] === -1) up[f] = coarse.codes[r]!;
      else if (up[f] !== coarse.codes[r]) nests = false;
    }
    this.nested[q]![level] = nests;
    return nests;
  }

  /** Rows grouped by every quasi-identifier at the given rungs. */
  group(levels: readonly number[]): Grouping {
    let grouping: Grouping = { ids: new Int32Array(this.rows.length), count: 1, smallest: this.rows.length };
    for (let q = 0; q < levels.length; q++) grouping = this.refine(grouping, q, levels[q]!);
    return grouping;
  }

  /** The groups split further by quasi-identifier q at rung `level` (without row ids if a group is under `keepFrom`). */
  refine(grouping: Grouping, q: number, level: number, keepFrom = 0): Grouping {
    return refine(grouping, this.at(q, level), this.scratch, keepFrom);
  }
}

/**
 * The groups split further by one more column's values. `scratch` (optional, reused from call to
 * call) spares allocating and clearing tables each time: a (group, value) slot counts only if
 * stamped this call. A result whose smallest group is under `keepFrom` comes without row ids.
 */
export function refine(grouping: Grouping, column: Coded, scratch: Scratch = newScratch(), keepFrom = 0): Grouping {
  const n = grouping.ids.length;
  const from = grouping.ids;
  if (scratch.rowIds.length < n) [scratch.rowIds, scratch.sizes] = [new Int32Array(n), new Int32Array(n)];
  const { rowIds: ids, sizes } = scratch;
  const width = column.labels.length;
  const slots = grouping.count * width;
  let count = 0;
  if (slots <= TABLE_LIMIT) {
    if (scratch.ids.length < slots) [scratch.ids, scratch.stamps] = [new Int32Array(slots), new Int32Array(slots)];
    const { ids: table, stamps } = scratch;
    const stamp = ++scratch.stamp;
    for (let r = 0; r < n; r++) {
      const key = from[r]! * width + column.codes[r]!;
      let id: number;
      if (stamps[key] === stamp) id = table[key]!;
      else {
        stamps[key] = stamp;
        table[key] = id = count;
        sizes[count++] = 0;
      }
      ids[r] = id;
      sizes[id]!++;
    }
  } else {
    const dense = new Map<number, number>();
    for (let r = 0; r < n; r++) {
      const key = from[r]! * width + column.codes[r]!;
      let id = dense.get(key);
      if (id === undefined) {
        dense.set(key, (id = count));
        sizes[count++] = 0;
      }
      ids[r] = id;
      sizes[id]!++;
    }
  }
  let smallest = n === 0 ? 0 : n;
  for (let g = 0; g < count; g++) if (sizes[g]! < smallest) smallest = sizes[g]!;
  // The row ids are copied out of the scratch only for a grouping worth keeping (smallest group ≥ keepFrom).
  return { ids: smallest >= keepFrom ? ids.slice(0, n) : new Int32Array(0), count, smallest };
}

/** Tables up to 2^20 (group, value) slots (8 MB with their stamps); more goes through a Map. */
const TABLE_LIMIT = 1 << 20;

export type Scratch = { ids: Int32Array; stamps: Int32Array; stamp: number; rowIds: Int32Array; sizes: Int32Array };
export const newScratch = (): Scratch => ({ ids: new Int32Array(0), stamps: new Int32Array(0), stamp: 0, rowIds: new Int32Array(0), sizes: new Int32Array(0) });

function encode(values: readonly string[]): Coded {
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, r) => {
    let code = index.get(v);
    if (code === undefined) index.set(v, (code = index.size));
    codes[r] = code;
  });
  const sizes = new Int32Array(index.size);
  for (const code of codes) sizes[code]!++;
  let rarest = values.length;
  for (const size of sizes) if (size < rarest) rarest = size;
  return { codes, labels: [...index.keys()], rarest };
}
