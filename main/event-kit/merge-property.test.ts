import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { addParticipants } from '../test/event-fixtures.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { testProgramme } from '../test/programme.ts';
import { mergeKit, type KitContents } from './merge.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
let eventId: string;
let roster: { attendanceId: string; firstName: string; lastName: string }[];
const PEOPLE = 12;
/** Walk-in identities: the same person always has the same name, e-mail and phone, at either door. */
const VISITORS = Array.from({ length: 6 }, (_, i) => ({ firstName: `Gjest${i}`, lastName: 'Besøk', email: `gjest${i}@example.no`, phone: `4000100${i}` }));

beforeAll(async () => {
  t = await testProgramme();
  const ids = addParticipants(
    t.db(),
    // Person 0 is visitor 0 (same name and e-mail: merged); person 1 only shares visitor 1's e-mail (a conflict each time).
    Array.from({ length: PEOPLE }, (_, i) => ({ firstName: i === 0 ? 'Gjest0' : `Person${i}`, lastName: i === 0 ? 'Besøk' : 'Test', email: i < 2 ? `gjest${i}@example.no` : null })),
  );
  const event = await t.call('events.create', { kind: 'kurs', title: 'Kurs', startsAt: '2026-03-01T17:00:00Z' });
  eventId = event.id;
  await t.call('events.invite', { eventId, people: ids.map((id) => ({ kind: 'participant' as const, id })) });
  roster = await t.call('events.roster', { eventId });
}, 60_000);
afterAll(() => t.close());

const minute = (m: number) => new Date(Date.UTC(2026, 2, 1, 17, m)).toISOString();

const kitArb = fc.record({
  checkIns: fc.uniqueArray(fc.record({ person: fc.nat(PEOPLE - 1), at: fc.nat(120) }), { selector: (c) => c.person, maxLength: PEOPLE }),
  walkIns: fc.uniqueArray(fc.record({ visitor: fc.nat(VISITORS.length - 1), at: fc.nat(120) }), { selector: (w) => w.visitor, maxLength: VISITORS.length }),
});
type KitSpec = { checkIns: { person: number; at: number }[]; walkIns: { visitor: number; at: number }[] };

function kitOf(spec: KitSpec, programmeId: string): KitContents {
  return {
    meta: { id: randomUUID(), format: 1, programmeId, eventId, title: 'Kurs', startsAt: '2026-03-01T17:00:00.000Z', endsAt: null, place: null, exportedAt: minute(0) },
    checkIns: spec.checkIns.map((c) => ({ itemId: randomUUID(), ...roster[c.person]!, personKind: 'participant' as const, checkedInAt: minute(c.at) })),
    walkIns: spec.walkIns.map((w) => ({ itemId: randomUUID(), ...VISITORS[w.visitor]!, role: 'guest' as const, consentVersion: 'kiosk-2026-01', consentAt: minute(w.at), checkedInAt: minute(w.at) })),
  };
}

/** The programme's attendance and guests as a person would see them (ids left out: they depend on which kit came first). */
function state(): string {
  const rows = prepared(
    t.db(),
    `select coalesce(p.first_name, g.first_name) as name, coalesce(p.email, g.email) as email, g.phone, a.status, a.checked_in_at as at
     from attendance a left join participants p on p.id = a.participant_id left join event_guests g on g.id = a.guest_id where a.event_id = ? order by name, at`,
  ).all(eventId);
  const guests = prepared(t.db(), 'select count(*) as n from event_guests').get();
  const consents = prepared(t.db(), 'select count(*) as n from consents').get();
  return JSON.stringify({ rows, guests, consents });
}

/** Runs `work` inside a transaction that is rolled back, so every property run starts from the same programme. */
function isolated<T>(work: () => T): T {
  const sqlite = t.session.requireVault().sqlite;
  sqlite.exec('begin');
  try {
    return work();
  } finally {
    sqlite.exec('rollback');
  }
}

it('merging random kits: twice changes nothing, and two kits in either order give the same programme', () => {
  const programmeId = t.session.requireVault().fileId;
  fc.assert(
    fc.property(kitArb, kitArb, (specA, specB) => {
      const a = kitOf(specA, programmeId);
      const b = kitOf(specB, programmeId);
      const ab = isolated(() => {
        const first = mergeKit(t.db(), programmeId, a, [], null);
        const once = state();
        const again = mergeKit(t.db(), programmeId, a, [], null);
        expect(again).toMatchObject({ checkIns: 0, walkIns: 0, matched: 0, conflicts: first.conflicts });
        expect(again.conflicts.every((c) => c.kind === 'walk_in_other_name')).toBe(true);
        expect(state()).toBe(once);
        mergeKit(t.db(), programmeId, b, [], null);
        return state();
      });
      const ba = isolated(() => {
        mergeKit(t.db(), programmeId, b, [], null);
        mergeKit(t.db(), programmeId, a, [], null);
        const both = state();
        mergeKit(t.db(), programmeId, b, [], null);
        expect(state()).toBe(both);
        return both;
      });
      expect(ba).toBe(ab);
    }),
    { numRuns: 60 },
  );
});
