import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROTECTION_WIDTH, suppressCells } from '../cell-suppression.ts';
import { sumRelation, type PublishedTable, type Relation } from '../table.ts';
import { exactRanges } from './lp-check.ts';

/** An r × c table with row, column and grand totals, as a statistics office publishes one. */
function crossTable(prefix: string, body: number[][], grand = `${prefix}.total`): { cells: { id: string; value: number }[]; relations: Relation[] } {
  const cells: { id: string; value: number }[] = [];
  const relations: Relation[] = [];
  const at = (i: number, j: number) => `${prefix}.${i}.${j}`;
  body.forEach((row, i) => row.forEach((v, j) => cells.push({ id: at(i, j), value: v })));
  body.forEach((row, i) => {
    cells.push({ id: `${prefix}.row${i}`, value: row.reduce((s, v) => s + v, 0) });
    relations.push(sumRelation(`${prefix}.row${i}`, row.map((_, j) => at(i, j))));
  });
  body[0]!.forEach((_, j) => {
    cells.push({ id: `${prefix}.col${j}`, value: body.reduce((s, row) => s + row[j]!, 0) });
    relations.push(sumRelation(`${prefix}.col${j}`, body.map((_, i) => at(i, j))));
  });
  const total = body.flat().reduce((s, v) => s + v, 0);
  cells.push({ id: grand, value: total });
  relations.push(sumRelation(grand, body.map((_, i) => `${prefix}.row${i}`)), sumRelation(grand, body[0]!.map((_, j) => `${prefix}.col${j}`)));
  return { cells, relations };
}

async function checkProtected(table: PublishedTable) {
  const { hidden } = await suppressCells(table);
  const values = new Map(table.cells.map((c) => [c.id, c.value]));
  for (const c of table.cells) {
    if (c.value >= 1 && c.value <= 2) expect(hidden.has(c.id), c.id).toBe(true);
    if (c.value === 0) expect(hidden.has(c.id), c.id).toBe(false);
  }
  for (const [cell, range] of exactRanges(values, hidden, table.relations)) {
    expect(range.min, cell).toBeLessThanOrEqual(values.get(cell)!);
    expect(range.max, cell).toBeGreaterThanOrEqual(values.get(cell)!);
    expect(range.max - range.min, `${cell} (${values.get(cell)}) narrowed to ${range.min}–${range.max}`).toBeGreaterThanOrEqual(PROTECTION_WIDTH);
  }
  return hidden;
}

const body = (rows: number, cols: number) => fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 3, max: 12 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

describe('cell suppression checked by an independent integer program', () => {
  it('a lone small cell in a breakdown gets a partner, with one mark for both', async () => {
    // Kvinne 3, Mann 1, Annet 0, Ukjent 0, sum 4 (the case from issue 12).
    const table: PublishedTable = { cells: [{ id: 'k', value: 3 }, { id: 'm', value: 1 }, { id: 'a', value: 0 }, { id: 'u', value: 0 }, { id: 'sum', value: 4 }], relations: [sumRelation('sum', ['k', 'm', 'a', 'u'])] };
    expect([...(await checkProtected(table))].sort()).toEqual(['k', 'm']);
  });

  it('hidden cells that fit only one way (1 + 3 + 1 = 5) are protected further out', async () => {
    const table: PublishedTable = { cells: [{ id: 'a', value: 1 }, { id: 'b', value: 3 }, { id: 'c', value: 1 }, { id: 'sum', value: 5 }, { id: 'other', value: 5 }, { id: 'grand', value: 10 }], relations: [sumRelation('sum', ['a', 'b', 'c']), sumRelation('grand', ['sum', 'other'])] };
    await checkProtected(table);
  });

  it('on random two-way tables, and two tables restating one grand total (as the sheets do), no hidden cell is determined', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 1_000_000 }), async (rows, cols, seed) => {
        const first = fc.sample(body(rows, cols), { seed, numRuns: 1 })[0]!;
        const a = crossTable('a', first);
        // A one-way breakdown of the same people: its cells add up to the same grand total.
        const total = a.cells.at(-1)!.value;
        const split = [Math.floor(total / 3), Math.floor(total / 3) > 0 ? 1 : 0];
        const rest = total - split[0]! - split[1]!;
        const b = { cells: [{ id: 'b.0', value: split[0]! }, { id: 'b.1', value: split[1]! }, { id: 'b.2', value: rest }], relations: [sumRelation('a.total', ['b.0', 'b.1', 'b.2'])] };
        await checkProtected({ cells: [...a.cells, ...b.cells], relations: [...a.relations, ...b.relations] });
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('is deterministic', async () => {
    const t = crossTable('t', [[1, 4, 0], [2, 7, 5], [3, 1, 9]]);
    const first = await suppressCells(t);
    const second = await suppressCells({ cells: [...t.cells], relations: [...t.relations] });
    expect([...second.hidden]).toEqual([...first.hidden]);
  });
});
