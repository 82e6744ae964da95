import { describe, expect, it } from 'vitest';
import { filesContaining } from '../../db/test/temp-dir.ts';
import { osloDate } from '../../shared/oslo-day.ts';
import { differences, dumpData, sharedLaptops, type Laptop } from '../test/sync-laptops.ts';

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

type Step = 'pushA' | 'pushB' | 'pullA' | 'pullB';
const ORDERS: Step[][] = [
  ['pushA', 'pushB', 'pullA', 'pullB'],
  ['pushB', 'pullA', 'pushA', 'pullB'],
  ['pushA', 'pullB', 'pushB', 'pullA'],
];

describe('sync between two laptops', { timeout: 120_000 }, () => {
  it.each(ORDERS.map((order) => [order.join(' → '), order] as const))('converges, conflicts listed and the erasure kept (%s)', async (_name, order) => {
    const { a, b, folder } = await laptops();
    const scene = await workOnBoth(a, b);
    for (const step of order) {
      const laptop = step.endsWith('A') ? a : b;
      await laptop.call(step.startsWith('push') ? 'sync.push' : 'sync.pull', { folder });
    }
    expect(differences(dumpData(a.sqlite()), dumpData(b.sqlite()))).toEqual([]);

    // The erasure on A won over B's note about that person and B's follow-up arriving after it.
    for (const laptop of [a, b]) {
      const erased = laptop.sqlite().prepare('select first_name, notes, erased_at from participants where id = ?').get(scene.erased) as Record<string, unknown>;
      expect(erased).toMatchObject({ first_name: '', notes: null });
      expect(erased.erased_at).not.toBeNull();
      const notes = laptop.sqlite().prepare('select note from follow_ups where participant_id = ?').pluck().all(scene.erased);
      expect(notes.every((note) => note === null)).toBe(true);
    }
    // Nothing lost: A's imports, B's new person, B's check-ins and A's stage move are on both.
    for (const laptop of [a, b]) {
      const db = laptop.sqlite();
      expect(db.prepare(`select count(*) from participants where id in (${scene.newOnA.map(() => '?').join(',')})`).pluck().get(...scene.newOnA)).toBe(5);
      expect(db.prepare("select count(*) from attendance where participant_id = ? and status = 'attended'").pluck().get(scene.checkedIn)).toBe(1);
      expect(db.prepare('select stage from participants where id = ?').pluck().get(scene.movedOnA)).toBe('waiting_list');
    }
    // Both edited the same notes field: the later clock (B's) kept everywhere, listed by the laptop that decided it.
    expect(a.sqlite().prepare('select notes from participants where id = ?').pluck().get(scene.bothEdited)).toBe('B skrev noe annet');
    const listed = [...(await a.call('sync.status', { folder })).conflicts, ...(await b.call('sync.status', { folder })).conflicts];
    expect(listed).toContainEqual(expect.objectContaining({ table: 'participants', rowId: JSON.stringify([scene.bothEdited]), column: 'notes', kind: 'field', about: expect.stringMatching(/\S/) }));
    expect(listed).toContainEqual(expect.objectContaining({ rowId: JSON.stringify([scene.erased]), column: 'notes', kind: 'erased' }));
    expect(filesContaining(folder, ['Importert', 'B skrev', 'Ringte om CV', 'Nyregistrert'])).toEqual([]);
  });

  it('a second pull, and the same files applied again, change nothing', async () => {
    const { a, b, folder } = await laptops();
    await workOnBoth(a, b);
    await a.call('sync.push', { folder });
    await b.call('sync.push', { folder });
    await a.call('sync.pull', { folder });
    const once = dumpData(a.sqlite());
    expect(await a.call('sync.pull', { folder })).toMatchObject({ applied: 0, conflicts: [] });
    a.sqlite().prepare("delete from sync_state where key = 'applied'").run();
    expect((await a.call('sync.pull', { folder })).applied).toBe(1);
    expect(differences(dumpData(a.sqlite()), once)).toEqual([]);
    expect(await a.call('sync.push', { folder })).toMatchObject({ rows: 0, file: null });
  });
});
