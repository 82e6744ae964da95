import { describe, expect, it } from 'vitest';
import { filesContaining } from '../../db/test/temp-dir.ts';
import { sharedLaptops, type Laptop } from '../test/sync-laptops.ts';

const laptops = sharedLaptops();

async function run(steps: string[], a: Laptop, b: Laptop, folder: string) {
  for (const step of steps) await (step.endsWith('A') ? a : b).call(step.startsWith('push') ? 'sync.push' : 'sync.pull', { folder });
}

/** Both laptops edit the same person's notes; returns that person. */
async function editOnBoth(a: Laptop, b: Laptop) {
  await a.call('sync.setLaptopName', { name: 'Kontoret Skien' });
  await b.call('sync.setLaptopName', { name: 'Bærbar Porsgrunn' });
  const person = (await a.call('people.list', {})).find((p) => p.stage === 'registered')!;
  await a.call('people.update', { id: person.id, changes: { notes: 'Foretrekker kveldsmøter (A)' } });
  await b.call('people.update', { id: person.id, changes: { notes: 'Har fått jobbtilbud (B)' } });
  return person;
}

const fieldConflict = async (laptop: Laptop, folder: string, id: string) =>
  (await laptop.call('sync.status', { folder })).conflicts.find((c) => c.kind === 'field' && c.column === 'notes' && c.rowId === JSON.stringify([id]));

describe('conflicts to review show both values', { timeout: 120_000 }, () => {
  it.each([
    ['A pulls first', ['pushA', 'pushB', 'pullA', 'pullB']],
    ['B pulls first', ['pushA', 'pushB', 'pullB', 'pullA']],
  ])('the value kept and the one overwritten, each with the laptop it came from (%s)', async (_name, order) => {
    const { a, b, folder, dir } = await laptops();
    const person = await editOnBoth(a, b);
    await run(order, a, b, folder);
    for (const laptop of [a, b]) {
      const conflict = await fieldConflict(laptop, folder, person.id);
      // B wrote last: its value is kept on both laptops, A's is listed as overwritten.
      expect(conflict?.values).toEqual({
        kept: { value: 'Har fått jobbtilbud (B)', laptop: expect.any(String), laptopName: 'Bærbar Porsgrunn' },
        lost: { value: 'Foretrekker kveldsmøter (A)', laptop: expect.any(String), laptopName: 'Kontoret Skien' },
      });
    }
    // What pull returns (CLI output) carries no values; the change files and the programme files hold no plain text.
    const pulled = await a.call('sync.pull', { folder });
    expect(JSON.stringify(pulled)).not.toContain('Foretrekker');
    await a.call('vault.lock', {});
    await b.call('vault.lock', {});
    expect(filesContaining(dir, ['Foretrekker kveldsmøter', 'Har fått jobbtilbud'])).toEqual([]);
  });

  it('an erasure wipes the values from the conflicts about that person, on both laptops', async () => {
    const { a, b, folder } = await laptops();
    const person = await editOnBoth(a, b);
    await run(['pushA', 'pushB', 'pullA', 'pullB'], a, b, folder);
    expect((await fieldConflict(b, folder, person.id))?.values).not.toBeNull();

    await a.call('privacy.erase', { personId: person.id, confirmName: `${person.firstName} ${person.lastName}` });
    const onA = await fieldConflict(a, folder, person.id);
    expect(onA).toMatchObject({ kind: 'field', column: 'notes', values: null });
    expect(a.sqlite().prepare('select count(*) from sync_conflicts where detail like ?').pluck().get('%jobbtilbud%')).toBe(0);

    // The erasure reaches B: its recorded conflict loses the values too (erasure wins, also over the conflict list).
    await run(['pushA', 'pullB'], a, b, folder);
    expect((await fieldConflict(b, folder, person.id))?.values).toBeNull();
    expect(b.sqlite().prepare('select count(*) from sync_conflicts where detail like ? or detail like ?').pluck().get('%jobbtilbud%', '%kveldsm%')).toBe(0);
  });

  it('a conflict decided after the person was erased elsewhere records no values', async () => {
    const { a, b, folder } = await laptops();
    const person = await editOnBoth(a, b);
    await run(['pushB'], a, b, folder);
    await b.call('privacy.erase', { personId: person.id, confirmName: `${person.firstName} ${person.lastName}` });
    // B's erasure and B's earlier edit arrive together at A, which had edited the notes too.
    await run(['pushB', 'pushA', 'pullA', 'pullB'], a, b, folder);
    for (const laptop of [a, b]) {
      expect(laptop.sqlite().prepare('select count(*) from sync_conflicts where detail like ? or detail like ?').pluck().get('%jobbtilbud%', '%kveldsm%')).toBe(0);
    }
  });
});
