import { describe, expect, it } from 'vitest';
import { differences, dumpData, sharedLaptops } from '../test/sync-laptops.ts';

const laptops = sharedLaptops();

describe('the same cohort name made on two laptops', { timeout: 120_000 }, () => {
  it.each([
    ['A pulls first', ['pushA', 'pushB', 'pullA', 'pullB', 'pushA', 'pullB']],
    ['B pulls first', ['pushA', 'pushB', 'pullB', 'pullA', 'pushB', 'pullA']],
  ])('one cohort stays; every participant of the other moves to it, and the clash is listed (%s)', async (_name, order) => {
    const { a, b, folder } = await laptops();
    const onA = await a.call('cohorts.create', { name: 'Vår 2027' });
    const onB = await b.call('cohorts.create', { name: 'Vår 2027' });
    const amina = await a.call('people.create', { firstName: 'Amina', lastName: 'Kull A', registeredOn: '2026-02-01', cohortId: onA.id });
    const bashir = await b.call('people.create', { firstName: 'Bashir', lastName: 'Kull B', registeredOn: '2026-02-01', cohortId: onB.id });
    const existing = (await b.call('people.list', {}))[0]!;
    await b.call('people.update', { id: existing.id, changes: { cohortId: onB.id } });
    for (const step of order) {
      const laptop = step.endsWith('A') ? a : b;
      await laptop.call(step.startsWith('push') ? 'sync.push' : 'sync.pull', { folder });
    }
    expect(differences(dumpData(a.sqlite()), dumpData(b.sqlite()))).toEqual([]);
    const kept = [onA.id, onB.id].sort()[0]!;
    for (const laptop of [a, b]) {
      const cohorts = (await laptop.call('cohorts.list', {})).filter((c) => c.name === 'Vår 2027');
      expect(cohorts).toEqual([expect.objectContaining({ id: kept, participants: 3 })]);
      const cohortOf = laptop.sqlite().prepare('select cohort_id from participants where id = ?').pluck();
      for (const person of [amina.id, bashir.id, existing.id]) expect(cohortOf.get(person)).toBe(kept);
    }
    const listed = [...(await a.call('sync.status', {})).conflicts, ...(await b.call('sync.status', {})).conflicts];
    expect(listed).toContainEqual(expect.objectContaining({ table: 'cohorts', kind: 'duplicate' }));
    expect(listed).toContainEqual(expect.objectContaining({ table: 'participants', column: 'cohort_id', kind: 'moved' }));
  });
});
