import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESSION_SCALES } from '../../db/schema/index.ts';
import { dashboardSummary } from '../dashboard/summary.ts';
import { readProgrammeSettings, writeProgrammeSettings } from '../settings/programme-settings.ts';
import { generateDemo } from './index.ts';
import { openTestDb, TEST_STAFF_ID, type TestDb } from '../test/plain-db.ts';

const TODAY = '2026-03-01';

/** What the funder report and the dashboard need from the demo: grants, hours with rates, outcomes, progression. */
describe('demo programme: grants, hours, outcomes and progression', () => {
  let t: TestDb;
  const all = <T>(sql: string, ...params: unknown[]) => t.sqlite.prepare(sql).all(...params) as T[];
  beforeAll(() => {
    t = openTestDb();
    generateDemo(t.db, { people: 200, seed: 3, today: TODAY, staffId: TEST_STAFF_ID });
  });
  afterAll(() => t.close());

  it('has county grants named by the setting, IMDi and Kavlifondet, with cohorts, events and an open deadline within 60 days', () => {
    expect(readProgrammeSettings(t.db).countyFunderName).toBe('Telemark fylkeskommune');
    const grants = all<{ id: string; funder: string; funder_name: string; cohorts: number; events: number }>(
      `select g.id, g.funder, g.funder_name, (select count(*) from grant_cohorts c where c.grant_id = g.id) cohorts,
        (select count(*) from events e where e.grant_id = g.id) events from grants g`,
    );
    expect(new Set(grants.map((g) => `${g.funder}:${g.funder_name}`))).toEqual(new Set(['county:Telemark fylkeskommune', 'imdi:IMDi', 'foundation:Kavlifondet']));
    for (const funder of ['county', 'imdi', 'foundation']) {
      expect(grants.filter((g) => g.funder === funder).some((g) => g.cohorts > 0 && g.events > 0), funder).toBe(true);
    }
    // Hours and events charged to a grant fall inside its period (hours.add refuses anything else).
    expect(all('select h.id from hours h join grants g on g.id = h.grant_id where h.worked_on not between g.period_start and g.period_end')).toEqual([]);
    expect(all('select e.id from events e join grants g on g.id = e.grant_id where substr(e.starts_at, 1, 10) not between g.period_start and g.period_end')).toEqual([]);
    const soon = all("select due_on from grant_deadlines where done_on is null and due_on between ? and date(?, '+60 days')", TODAY, TODAY);
    expect(soon.length).toBeGreaterThan(0);
  });

  it('values every hour by the rates in the settings: the coordinator by the 1.2 ‰ rule, salaried mentors capped at 800 kr, the rest at the default', () => {
    const { hourlyRates } = readProgrammeSettings(t.db);
    expect(hourlyRates.people.find((p) => p.personKind === 'staff' && p.personId === TEST_STAFF_ID)).toEqual({ personKind: 'staff', personId: TEST_STAFF_ID, annualSalary: 620_000 });
    expect(all("select distinct hourly_value v from hours where staff_id is not null")).toEqual([{ v: 744 }]);
    const mentorValues = new Set(all<{ v: number }>('select distinct hourly_value v from hours where mentor_id is not null').map((r) => r.v));
    expect(mentorValues.has(500)).toBe(true);
    expect([...mentorValues].every((v) => [500, 648, 732, 800].includes(v))).toBe(true);
    expect(all("select id from hours where hourly_value is null")).toEqual([]);
    const kinds = all<{ kind: string }>("select distinct case when staff_id is not null then 'staff' when mentor_id is not null then 'mentor' else 'volunteer' end kind from hours").map((r) => r.kind);
    expect(kinds.sort()).toEqual(['mentor', 'staff', 'volunteer']);
  });

  it('keeps the rates a programme already has when demo data is added', () => {
    const u = openTestDb();
    try {
      writeProgrammeSettings(u.db, { countyFunderName: 'Agder fylkeskommune', hourlyRates: { defaultHourly: 300, rule: null, people: [{ personKind: 'staff', personId: TEST_STAFF_ID, hourly: 555 }] } });
      generateDemo(u.db, { people: 50, seed: 3, today: TODAY, staffId: TEST_STAFF_ID });
      const settings = readProgrammeSettings(u.db);
      expect(settings.countyFunderName).toBe('Agder fylkeskommune');
      expect(settings.hourlyRates.people[0]).toEqual({ personKind: 'staff', personId: TEST_STAFF_ID, hourly: 555 });
      expect(u.sqlite.prepare("select distinct funder_name n from grants where funder = 'county'").all()).toEqual([{ n: 'Agder fylkeskommune' }]);
      expect(u.sqlite.prepare('select distinct hourly_value v from hours where staff_id is not null').all()).toEqual([{ v: 555 }]);
    } finally {
      u.close();
    }
  });

  it('records outcomes at exit, 3 and 6 months, and progression forms that improve from start to end', () => {
    const timepoints = all<{ timepoint: string; n: number }>('select timepoint, count(*) n from outcomes group by timepoint');
    expect(timepoints.map((r) => r.timepoint).sort()).toEqual(['3m', '6m', 'exit']);
    const employed = all<{ n: number }>("select count(*) n from outcomes where category in ('fast_relevant', 'fast_other', 'temporary')")[0]!.n;
    expect(employed).toBeGreaterThan(0);
    const columns = { norwegianAtWork: 'norwegian_at_work', professionalNetwork: 'professional_network', workingLifeKnowledge: 'working_life_knowledge', jobSeeking: 'job_seeking', beliefInChances: 'belief_in_chances' } as const;
    for (const scale of PROGRESSION_SCALES) {
      const avg = (tp: string) => all<{ a: number }>(`select avg(${columns[scale]}) a from progression_forms where timepoint = ?`, tp)[0]!.a;
      expect(avg('end'), scale).toBeGreaterThan(avg('start') + 0.5);
      expect(avg('mid'), scale).toBeGreaterThan(avg('start'));
    }
  });

  it('gives the dashboard real figures on first start', () => {
    const s = dashboardSummary(t.db, TODAY);
    expect(s.funnel.reduce((n, f) => n + f.count, 0)).toBe(200);
    expect(s.daysInStage.find((d) => d.stage === 'registered')!.medianDays).toBeGreaterThan(0);
    expect(s.outcomesByCohort.length).toBeGreaterThan(0);
    expect(s.introMeetingsDue.length).toBeGreaterThan(0);
    expect(s.deadlines.some((d) => d.daysLeft >= 0 && d.daysLeft <= 60)).toBe(true);
  });
});
