import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RungCodes } from '../k-groups.ts';
import { dataflyLevels, generalise, type Ladder } from '../k-anonymity.ts';
import { searchLattice } from '../k-lattice.ts';

type Row = { age: number; place: string; gender: string };
const LADDERS: Ladder<Row>[] = [
  { key: 'age', rungs: [(r) => String(r.age), (r) => (r.age < 35 ? 'under 35' : '35+'), () => '*'] },
  { key: 'place', rungs: [(r) => r.place, (r) => r.place.slice(0, 1), () => '*'] },
  { key: 'gender', rungs: [(r) => r.gender, () => '*'] },
];
const row = fc.record({ age: fc.integer({ min: 18, max: 70 }), place: fc.constantFrom('Skien', 'Porsgrunn', 'Bamble', 'Arendal', 'Notodden'), gender: fc.constantFrom('K', 'M', 'A') });

describe('k-anonymity by generalisation', () => {
  it('every shown combination is shared by at least k rows, or there is no list when there are fewer than k rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 2, max: 8 }), (rows, k) => {
        const result = generalise(rows, LADDERS, k);
        if (rows.length < k) {
          expect(result).toBeNull();
          return;
        }
        const counts = new Map<string, number>();
        for (const values of result!.values) counts.set(JSON.stringify(values), (counts.get(JSON.stringify(values)) ?? 0) + 1);
        expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(k);
        expect(result!.smallestGroup).toBe(Math.min(...counts.values()));
        // Each shown value is a rung of that row's own value.
        result!.values.forEach((values, i) => LADDERS.forEach((l, q) => expect(values[q]).toBe(l.rungs[result!.levels[l.key]!]!(rows[i]!))));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what is safe as it is', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ age: 30, place: i < 5 ? 'Skien' : 'Bamble', gender: 'K' }));
    expect(generalise(rows, LADDERS, 5)?.levels).toEqual({ age: 0, place: 0, gender: 0 });
  });

  it('keeps a column Datafly would remove: six people, ages 30 and 40, in Skien, Porsgrunn and Arendal (k = 3)', () => {
    // Every person is unique on (age, town). Datafly lifts the column with the most distinct
    // values among rare rows: town → county (Telemark 4, Agder 2: still rare), then age → band →
    // all, then town → all. Both columns gone. But age alone already makes groups of three.
    const rows = [30, 40].flatMap((age) => ['Skien', 'Porsgrunn', 'Arendal'].map((place) => ({ age, place, gender: 'K' })));
    const ladders = LADDERS.slice(0, 2).map((l) => (l.key === 'place' ? { ...l, rungs: [(r: Row) => r.place, (r: Row) => (r.place === 'Arendal' ? 'Agder' : 'Telemark'), () => '*'] } : l));
    expect(dataflyLevels(rows, ladders, 3)).toEqual({ age: 2, place: 2 });
    const result = generalise(rows, ladders, 3)!;
    expect(result.levels).toEqual({ age: 0, place: 2 });
    expect(result.values.map((v) => v.join(' '))).toEqual(['30 *', '30 *', '30 *', '40 *', '40 *', '40 *']);
    expect(result).toMatchObject({ smallestGroup: 3, groups: 2 });
  });

  it('on random rows and ladders, the result is k-anonymous and minimal: no column can come down one rung and stay k-anonymous', () => {
    // Each quasi-identifier: a small number, and rungs that divide it by ever larger steps
    // (each rung a coarsening of the one below), the last one "*" for all.
    const ladderSpec = fc.array(fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 5 });
    const input = ladderSpec.chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        rows: fc.array(fc.tuple(...spec.map(() => fc.integer({ min: 0, max: 11 }))), { maxLength: 80 }),
        k: fc.integer({ min: 1, max: 6 }),
        budget: fc.integer({ min: 0, max: 6 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ spec, rows, k, budget }) => {
        const ladders: Ladder<number[]>[] = spec.map((steps, q) => {
          const divisors = steps.reduce<number[]>((ds, s) => [...ds, ds.at(-1)! * s], [1]);
          return { key: `q${q}`, rungs: [...divisors.map((d) => (r: number[]) => String(Math.floor(r[q]! / d))), () => '*'] };
        });
        const result = generalise(rows, ladders, k);
        if (rows.length < k) {
          expect(result).toBeNull();
          return;
        }
        const levels = ladders.map((l) => result!.levels[l.key]!);
        // Recounted here from the ladders, not from the result's values.
        const smallest = (ls: readonly number[]) => {
          const counts = new Map<string, number>();
          for (const r of rows) {
            const key = JSON.stringify(ladders.map((l, q) => l.rungs[ls[q]!]!(r)));
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          return { smallest: Math.min(...counts.values()), groups: counts.size };
        };
        expect(smallest(levels)).toEqual({ smallest: result!.smallestGroup, groups: result!.groups });
        expect(result!.smallestGroup).toBeGreaterThanOrEqual(k);
        result!.values.forEach((values, i) => ladders.forEach((l, q) => expect(values[q]).toBe(l.rungs[levels[q]!]!(rows[i]!))));
        const minimal = (ls: readonly number[]) =>
          ls.forEach((level, q) => {
            if (level > 0) expect(smallest(ls.map((l, i) => (i === q ? l - 1 : l))).smallest).toBeLessThan(k);
          });
        minimal(levels);
        // A search cut short (a budget of a few row passes) still ends k-anonymous and minimal.
        const short = searchLattice(new RungCodes(rows, ladders), k, budget);
        expect(smallest(short.levels).smallest).toBeGreaterThanOrEqual(k);
        minimal(short.levels);
      }),
      { numRuns: 400 },
    );
  });
});
