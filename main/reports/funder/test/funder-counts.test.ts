import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countReport, type FunderCounts } from '../counts.ts';
import { sqliteOf } from '../../../../db/sqlite-client.ts';
import { loadReportData } from '../loader.ts';
import { buildFixture, PERIOD, type Fixture } from './fixture.ts';

let f: Fixture;
let county: FunderCounts;
beforeAll(async () => {
  f = await buildFixture();
  county = countReport(loadReportData(f.db(), f.id('county'), PERIOD));
});
afterAll(() => f?.close());

const rows = (counts: FunderCounts, key: string) => Object.fromEntries(counts.breakdowns.find((b) => b.key === key)!.rows.map((r) => [r.label, r.count]));

describe('funder report counts on the fixed programme (expectations worked out by hand in fixture.ts)', () => {
  it('participants: active across the boundary, new, withdrawn, erased; the waiting list and later registrations do not count', () => {
    expect(county.keyFigures).toMatchObject({
      // across (active until 15 Mar), new, withdrawn (until 15 Feb), erased (until 30 Jun)
      participantsActive: 4,
      participantsNew: 2,
      participantsInMentoringOrPlacement: 3,
      participantsCompleted: 2,
      participantsDroppedOut: 1,
    });
    // The erased person is in the numbers, never in the list; "before" is listed for its outcome in the period.
    expect(county.erasedCounted).toBe(1);
    expect(county.participantRows).toHaveLength(4);
    expect(county.participantRows.map((r) => r.id).every((id) => /^D-[0-9A-F]{12}$/.test(id))).toBe(true);
    expect(JSON.stringify(county.participantRows)).not.toMatch(/Amina|Haddad|example\.no|\+47/);
  });

  it('mentors, matches and placements', () => {
    expect(county.keyFigures).toMatchObject({
      mentorsActive: 3, mentorsNew: 1,
      matchesStarted: 1, matchesRunning: 3, matchesCompleted: 2, matchesEndedEarly: 0,
      placementsRunning: 1, placementsStarted: 1, placementsCompleted: 0,
    });
  });

  it('placements started: only those that started (a planned and a cancelled one with start dates in the period do not count)', () => {
    expect(county.keyFigures).toMatchObject({ placementsStarted: 1, placementsRunning: 1 });
  });

  it('participant attendance is the grant’s own participants; another cohort’s participant at its event counts apart, in the total', () => {
    expect(county.keyFigures).toMatchObject({ attendanceOtherParticipants: 0 });
    // "other" (Annet kull, not the county's) comes to the county's network evening.
    const sqlite = sqliteOf(f.db());
    const row = sqlite.prepare(`insert into attendance (id, event_id, participant_id, status, source, created_at, updated_at) values ('extra', ?, ?, 'attended', 'walk_in', '2025-03-05T17:00:00.000Z', '2025-03-05T17:00:00.000Z')`);
    row.run(f.id('e1'), f.id('other'));
    try {
      const k = countReport(loadReportData(f.db(), f.id('county'), PERIOD)).keyFigures;
      expect(k).toMatchObject({ attendance: 7, attendanceParticipants: 3, attendanceOtherParticipants: 1, attendanceMentors: 1, attendanceGuests: 2, walkIns: 2, uniqueParticipantsAtEvents: 2, participantsActive: 4 });
      expect(k.attendanceParticipants + k.attendanceOtherParticipants + k.attendanceMentors + k.attendanceGuests).toBe(k.attendance);
    } finally {
      sqlite.prepare(`delete from attendance where id = 'extra'`).run();
    }
  });

  it('events by the Oslo day, cohort events without a grant, the walk-in guest counted as a guest', () => {
    expect(county.keyFigures).toMatchObject({ events: 2, attendance: 6, attendanceParticipants: 3, attendanceMentors: 1, attendanceGuests: 2, walkIns: 1, uniqueParticipantsAtEvents: 2 });
    const byKind = Object.fromEntries(county.eventsByKind.map((r) => [r.kind, [r.events, r.attended]]));
    expect(byKind).toMatchObject({ nettverkstreff: [1, 5], kurs: [1, 1], sprakkafe: [0, 0] });
  });

  it('outcomes: the latest per participant in the period, "fått jobb" includes the erased person', () => {
    expect(county.keyFigures).toMatchObject({ outcomesRecorded: 3, gotJob: 2 });
    const latest = Object.fromEntries(county.outcomes.rows.filter((r) => r.latest > 0).map((r) => [r.category, r.latest]));
    expect(latest).toEqual({ education: 1, fast_relevant: 1, temporary: 1 });
    expect(county.outcomes.totals).toEqual({ latest: 3, exit: 2, '3m': 0, '6m': 1 });
  });

  it('progression: start vs end per scale over the two pairs', () => {
    const bySc = Object.fromEntries(county.progression.rows.map((r) => [r.scale, [r.n, r.startAverage, r.endAverage, r.change, r.improved]]));
    expect(bySc).toEqual({
      norwegianAtWork: [2, 2.5, 3.5, 1, 2],
      professionalNetwork: [2, 2, 3, 1, 1],
      workingLifeKnowledge: [2, 2, 3.5, 1.5, 2],
      jobSeeking: [2, 2.5, 2.5, 0, 0],
      beliefInChances: [2, 2.5, 4, 1.5, 2],
    });
    expect(county.progression.forms).toEqual({ start: 1, mid: 0, end: 2 });
  });

  it('hours and value: in the period and for this grant only', () => {
    expect(county.keyFigures).toMatchObject({ hours: 8, hoursValue: 3075 });
    expect(county.hoursByPersonKind.map((r) => [r.key, r.hours, r.value])).toEqual([['staff', 3.5, 2275], ['mentor', 2, 800], ['volunteer', 2.5, 0]]);
  });

  it('breakdowns of the active participants, the erased person under Ukjent where the stub lost the value', () => {
    expect(rows(county, 'gender')).toEqual({ Kvinne: 3, Mann: 1, Annet: 0, Ukjent: 0 });
    expect(rows(county, 'ageGroup')).toEqual({ 'Under 25 år': 0, '25–34 år': 1, '35–44 år': 2, '45–54 år': 1, '55 år og eldre': 0, Ukjent: 0 });
    expect(rows(county, 'country')).toEqual({ Syria: 2, Ukraina: 1, Andre: 0, Ukjent: 1 });
    expect(rows(county, 'residence')).toEqual({ 'Under 2 år': 0, '2–4 år': 1, '5–9 år': 2, '10 år eller mer': 0, Ukjent: 1 });
    expect(rows(county, 'immigration')).toMatchObject({ Flukt: 2, Familie: 1, Arbeid: 0, Ukjent: 1 });
    expect(rows(county, 'education')).toMatchObject({ Master: 1, Bachelor: 1, Videregående: 1, 'Ph.d.': 0, Ukjent: 1 });
    // The office's own "Sykepleie" is reported as Medisin og helsefag; the erased stub keeps its field.
    expect(rows(county, 'field')).toMatchObject({ 'Ingeniørfag, teknologi og IT': 1, 'Medisin og helsefag': 2, Andre: 0, Ukjent: 1 });
    expect(rows(county, 'municipality')).toEqual({ Skien: 2, Porsgrunn: 1, Andre: 0, Ukjent: 1 });
    expect(rows(county, 'cohort')).toEqual({ 'Høst 2024': 2, 'Vår 2025': 2, 'Uten kull': 0, Ukjent: 0 });
    for (const b of county.breakdowns) expect(b.rows.reduce((s, r) => s + r.count, 0), b.key).toBe(b.total);
  });

  it('a grant without cohorts counts the participants who came to its events in the period', () => {
    const foundation = countReport(loadReportData(f.db(), f.id('foundation'), PERIOD));
    // e4 (00:30 on 1 Jan 2025 in Oslo) and e5 count; e3 (00:30 on 1 Jan 2026) does not.
    expect(foundation.keyFigures).toMatchObject({ events: 2, attendance: 3, participantsActive: 3, hours: 4, hoursValue: 2600 });
  });

  it('the same data and period always give the same numbers', () => {
    const again = countReport(loadReportData(f.db(), f.id('county'), PERIOD));
    expect(again).toEqual(county);
    // A period that starts the day after the dropout: the withdrawn participant is no longer active.
    const later = countReport(loadReportData(f.db(), f.id('county'), { from: '2025-02-16', to: '2025-12-31' }));
    expect(later.keyFigures.participantsActive).toBe(3);
    expect(later.keyFigures.participantsDroppedOut).toBe(0);
  });
});
