import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { consents } from '../../db/schema/index.ts';
import { TEST_PASSPHRASE, testProgramme } from '../test/programme.ts';
import { osloDate, osloDayStart } from '../../shared/oslo-day.ts';
import { addParticipants } from '../test/event-fixtures.ts';

// The computer's own zone must not matter: the office's days are Oslo days.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Pacific/Honolulu';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

/** Creates one event per instant, titled by the instant; returns a lister of titles for a range. */
async function eventsAt(instants: readonly string[]) {
  for (const startsAt of instants) await t.call('events.create', { kind: 'kurs', title: startsAt, startsAt });
  return async (from?: string, to?: string) =>
    (await t.call('events.list', { ...(from ? { from } : {}), ...(to ? { to } : {}) })).map((e) => e.title).sort();
}

describe('an event belongs to its day in Europe/Oslo', () => {
  it('either side of midnight in winter (UTC+1)', async () => {
    const lateOn28 = '2026-02-28T22:30:00.000Z'; // 23:30 on 28 Feb in Oslo
    const justAfterMidnight = '2026-02-28T23:00:00.000Z'; // 00:00 on 1 Mar in Oslo
    const halfPastMidnight = '2026-02-28T23:30:00.000Z'; // 00:30 on 1 Mar in Oslo, still 28 Feb in UTC
    const lateOn1 = '2026-03-01T22:59:00.000Z'; // 23:59 on 1 Mar in Oslo
    const on2 = '2026-03-01T23:00:00.000Z'; // 00:00 on 2 Mar in Oslo
    const list = await eventsAt([lateOn28, justAfterMidnight, halfPastMidnight, lateOn1, on2]);
    expect(await list('2026-03-01', '2026-03-01')).toEqual([justAfterMidnight, halfPastMidnight, lateOn1]);
    expect(await list('2026-02-28', '2026-02-28')).toEqual([lateOn28]);
    expect(await list(undefined, '2026-02-28')).toEqual([lateOn28]);
    expect(await list('2026-03-02')).toEqual([on2]);
    expect(await list('2026-02-28', '2026-03-02')).toHaveLength(5);
  });

  it('either side of midnight in summer (UTC+2)', async () => {
    const lateOn30Jun = '2026-06-30T21:59:00.000Z'; // 23:59 on 30 Jun in Oslo
    const earlyOn1Jul = '2026-06-30T22:30:00.000Z'; // 00:30 on 1 Jul in Oslo, still 30 Jun in UTC
    const list = await eventsAt([lateOn30Jun, earlyOn1Jul]);
    expect(await list('2026-07-01', '2026-07-01')).toEqual([earlyOn1Jul]);
    expect(await list('2026-06-30', '2026-06-30')).toEqual([lateOn30Jun]);
  });

  it('the night the clocks go forward (29 Mar 2026, a 23-hour day) and back (25 Oct 2026, a 25-hour day)', async () => {
    const springStart = '2026-03-28T23:15:00.000Z'; // 00:15 on 29 Mar, still UTC+1
    const springEnd = '2026-03-29T21:45:00.000Z'; // 23:45 on 29 Mar, now UTC+2
    const afterSpring = '2026-03-29T22:15:00.000Z'; // 00:15 on 30 Mar, still 29 Mar in UTC
    const autumnStart = '2026-10-24T22:30:00.000Z'; // 00:30 on 25 Oct, still UTC+2 and 24 Oct in UTC
    const autumnEnd = '2026-10-25T22:30:00.000Z'; // 23:30 on 25 Oct, now UTC+1
    const afterAutumn = '2026-10-25T23:00:00.000Z'; // 00:00 on 26 Oct
    const list = await eventsAt([springStart, springEnd, afterSpring, autumnStart, autumnEnd, afterAutumn]);
    expect(await list('2026-03-29', '2026-03-29')).toEqual([springStart, springEnd]);
    expect(await list('2026-03-30', '2026-03-30')).toEqual([afterSpring]);
    expect(await list('2026-10-25', '2026-10-25')).toEqual([autumnStart, autumnEnd]);
    expect(await list('2026-10-26', '2026-10-26')).toEqual([afterAutumn]);
    expect(osloDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(osloDayStart('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(osloDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(osloDayStart('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
    expect([springStart, springEnd, afterSpring, autumnStart, autumnEnd, afterAutumn].map(osloDate)).toEqual([
      '2026-03-29', '2026-03-29', '2026-03-30', '2026-10-25', '2026-10-25', '2026-10-26',
    ]);
  });

  it("the kit's suggested file name carries the Oslo day", async () => {
    const event = await t.call('events.create', { kind: 'kurs', title: 'Nattkurs', startsAt: '2026-02-28T23:30:00Z' });
    const chosen = await t.call('kit.chooseExportFile', { eventId: event.id });
    expect(chosen?.path).toMatch(/Nattkurs 2026-03-01\.koblekit$/);
  });

  it("a walk-in's consent given at 00:30 Oslo time is dated that Oslo day", async () => {
    const [p] = addParticipants(t.db(), [{ firstName: 'Sen', lastName: 'Ankomst', phone: '41234567' }]);
    const event = await t.call('events.create', { kind: 'kurs', title: 'Nattkurs', startsAt: '2026-02-28T22:00:00Z' });
    await t.call('kiosk.enter', { eventId: event.id });
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-02-28T23:30:00Z'));
    await t.call('kiosk.walkIn', { firstName: 'Sen', lastName: 'Ankomst', phone: '41234567', role: 'participant', consent: true });
    vi.restoreAllMocks();
    await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE });
    expect(t.db().select({ givenOn: consents.givenOn }).from(consents).where(eq(consents.participantId, p!)).all()).toEqual([{ givenOn: '2026-03-01' }]);
  });
});
