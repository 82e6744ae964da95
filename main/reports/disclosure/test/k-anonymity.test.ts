import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generalise, type Ladder } from '../k-anonymity.ts';

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
});
