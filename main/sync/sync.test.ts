import { describe, expect, it } from 'vitest';
import { filesContaining } from '../../db/test/temp-dir.ts';
import { osloDate } from '../calendar/oslo-day.ts';
import { differences, dumpData, sharedLaptops, type Laptop } from './test-laptops.ts';

const laptops = sharedLaptops();

type Scene = { erased: string; bothEdited: string; movedOnA: string; followedUpOnB: string; checkedIn: string; newOnA: string[]; newOnB: string };

/** Independent work on both laptops: imports, stage moves, a match, check-ins, an erasure on A and edits about that person on B. */
async function workOnBoth(a: Laptop, b: Laptop): Promise<Scene> {
  const people = await a.call('people.list', {});
  const movedOnA = people.find((p) => p.stage === 'registered');
  const [erased, bothEdited, , followedUp] = people.filter((p) => p.id !== movedOnA?.id);
  const newOnA: string[] = [];
  for (let i = 0; i < 5; i += 1) newOnA.push((await a.call('people.create', { firstName: `Importert${i}`, lastName: 'Fra A', registeredOn: '2026-02-01' })).id);
  await a.call('people.update', { id: bothEdited!.id, changes: { notes: 'A skrev dette' } });
  await a.call('pipeline.move', { ids: [movedOnA!.id], stage: 'waiting_list', reason: 'Venter på plass', effectiveOn: osloDate(new Date()) });
  const eraseName = `${erased!.firstName} ${erased!.lastName}`;
  await a.call('privacy.erase', { personId: erased!.id, confirmName: eraseName });

  const { id: newOnB } = await b.call('people.create', { firstName: 'Nyregistrert', lastName: 'Fra B', registeredOn: '2026-02-03' });
  await b.call('people.update', { id: bothEdited!.id, changes: { notes: 'B skrev noe annet' } });
  await b.call('people.update', { id: erased!.id, changes: { notes: 'Notat om en som er slettet på A' } });
  await b.call('followUps.add', { participantId: erased!.id, date: '2026-02-04', kind: 'call', minutes: 10, note: 'Ringte om CV' });
  await b.call('followUps.add', { participantId: followedUp!.id, date: '2026-02-04', kind: 'call', minutes: 5, note: 'Kort samtale' });
  const event = await b.call('events.create', { kind: 'kurs', title: 'CV-kurs', startsAt: '2026-02-05T16:00:00.000Z' });
  await b.call('events.invite', { eventId: event.id, people: [{ kind: 'participant', id: newOnB }, { kind: 'participant', id: followedUp!.id }] });
  const roster = await b.call('events.roster', { eventId: event.id });
  await b.call('events.setStatus', { eventId: event.id, attendanceIds: roster.map((r) => r.attendanceId), status: 'attended', source: 'paper' });
  return { erased: erased!.id, bothEdited: bothEdited!.id, movedOnA: movedOnA!.id, followedUpOnB: followedUp!.id, checkedIn: newOnB, newOnA, newOnB };
}

describe('sync between two laptops', () => {
  it('converges after push and pull in either order, with the conflicts listed', async () => {
    const { a, b, folder } = await laptops();
    await workOnBoth(a, b);
    await a.call('sync.push', { folder });
    await b.call('sync.push', { folder });
    const pulledA = await a.call('sync.pull', { folder });
    const pulledB = await b.call('sync.pull', { folder });
    expect(pulledA.applied).toBe(1);
    expect(pulledB.applied).toBe(1);
    expect(differences(dumpData(a.sqlite()), dumpData(b.sqlite()))).toEqual([]);
    expect(filesContaining(folder, ['Importert', 'B skrev', 'Ringte om CV'])).toEqual([]);
  });
});
