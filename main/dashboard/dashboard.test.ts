import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testProgramme } from '../test/programme.ts';
import { fixedProgramme } from '../test/fixed-programme.ts';

type Programme = Awaited<ReturnType<typeof testProgramme>>;
let p: Programme;
let fx: Awaited<ReturnType<typeof fixedProgramme>>;
beforeAll(async () => {
  p = await testProgramme();
  fx = await fixedProgramme(p);
}, 60_000);
afterAll(() => p.close());

const ASOF = '2025-12-01';

describe('dashboard.summary on a small fixed programme (counts by hand, as of 01.12.2025)', () => {
  it('counts the funnel from the stage history, without the erased person', async () => {
    const s = await p.call('dashboard.summary', { asOf: ASOF });
    const funnel = Object.fromEntries(s.funnel.map((f) => [f.stage, f.count]));
    expect(funnel).toEqual({ registered: 1, assessed: 0, ready: 1, intro_meeting: 0, active: 0, completed: 1, followed_up: 0, dropped_out: 1, waiting_list: 0 });
    // Earlier in the year the same history gives other figures: on 01.03.2025 A had just become active, B was assessed, C and D not registered.
    const march = await p.call('dashboard.summary', { asOf: '2025-03-01' });
    expect(Object.fromEntries(march.funnel.filter((f) => f.count > 0).map((f) => [f.stage, f.count]))).toEqual({ active: 1, assessed: 1 });
  });

  it('gives the median days of ended stays and of current stays per stage', async () => {
    const s = await p.call('dashboard.summary', { asOf: ASOF });
    const by = Object.fromEntries(s.daysInStage.map((d) => [d.stage, d]));
    // registered: A 10, B 20, C 10 days; assessed: A 20, B 10, C 20; ready: A 29, B 17; active: A 184, B 12.
    expect(by.registered).toMatchObject({ medianDays: 10, count: 3, currentMedianDays: 30, currentCount: 1 });
    expect(by.assessed).toMatchObject({ medianDays: 20, count: 3, currentMedianDays: null, currentCount: 0 });
    expect(by.ready).toMatchObject({ medianDays: 23, count: 2, currentMedianDays: 153, currentCount: 1 });
    expect(by.active).toMatchObject({ medianDays: 98, count: 2, currentMedianDays: null, currentCount: 0 });
    expect(by.completed).toMatchObject({ medianDays: null, count: 0, currentMedianDays: 91, currentCount: 1 });
    expect(by.dropped_out).toMatchObject({ currentMedianDays: 244, currentCount: 1 });
  });

  it('counts outcomes by cohort, the erased person anonymously included', async () => {
    const s = await p.call('dashboard.summary', { asOf: ASOF });
    expect(s.outcomesByCohort).toHaveLength(1);
    expect(s.outcomesByCohort[0]).toMatchObject({ cohortId: fx.spring.id, cohortName: 'Vår 2025', participants: 2 });
    expect(Object.fromEntries(Object.entries(s.outcomesByCohort[0]!.byCategory).filter(([, n]) => n > 0))).toEqual({ fast_relevant: 1, job_seeking: 1 });
    expect((await p.call('dashboard.summary', { asOf: '2025-08-31' })).outcomesByCohort[0]).toMatchObject({ participants: 1, byCategory: { job_seeking: 1, fast_relevant: 0 } });
  });

  it('lists the booked koblingsmøte, the follow-ups due and the report deadlines within 60 days', async () => {
    const s = await p.call('dashboard.summary', { asOf: ASOF });
    expect(s.introMeetingsDue).toEqual([
      { matchId: expect.any(String), participantId: fx.c, mentorId: fx.mentorId, participantName: 'Cyrus Testesen', mentorName: 'Kari Berg', at: '2025-12-05T09:00:00.000Z', place: 'Kontoret' },
    ]);
    // B's exit outcome is overdue since 01.04; A's 3-month follow-up is due today (01.09 + 3 months). E is erased: never listed.
    expect(s.followUpsDue).toEqual([
      { participantId: fx.b, name: 'Bilal Testesen', timepoint: 'exit', dueOn: '2025-04-01', overdue: true },
      { participantId: fx.a, name: 'Amina Testesen', timepoint: '3m', dueOn: '2025-12-01', overdue: false },
    ]);
    expect(s.deadlines).toEqual([
      { deadlineId: fx.deadlines['2025-11-20'], grantId: fx.grant.id, funderName: 'IMDi', scheme: null, kind: 'report', dueOn: '2025-11-20', daysLeft: -11 },
      { deadlineId: fx.deadlines['2026-01-15'], grantId: fx.grant.id, funderName: 'IMDi', scheme: null, kind: 'report', dueOn: '2026-01-15', daysLeft: 45 },
    ]);
  });

  it('refuses a date that is not a date', async () => {
    expect(await p.api.call('dashboard.summary', { asOf: '01.12.2025' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
  });
});

describe('outcomes and follow-ups through the API', () => {
  it('lists due follow-ups as reminders, and recording the outcome clears it', async () => {
    expect((await p.call('outcomes.due', { asOf: ASOF })).map((d) => [d.name, d.timepoint])).toEqual([['Bilal Testesen', 'exit'], ['Amina Testesen', '3m']]);
    // A day earlier A's 3-month follow-up is a day ahead: listed with the 14-day look-ahead, not with none.
    expect((await p.call('outcomes.due', { asOf: '2025-11-30', withinDays: 0 })).map((d) => d.timepoint)).toEqual(['exit']);
    // 6 months after 01.09 is 01.03.2026.
    expect((await p.call('outcomes.due', { asOf: '2026-03-02' })).filter((d) => d.participantId === fx.a).map((d) => [d.timepoint, d.dueOn, d.overdue])).toEqual([
      ['3m', '2025-12-01', true],
      ['6m', '2026-03-01', true],
    ]);
  });
});
