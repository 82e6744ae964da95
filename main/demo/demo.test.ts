import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedTransition, OPEN_MATCH_STATUSES, STAGES, type Stage } from '../../db/schema/index.ts';
import { municipalityByNumber } from '../reference/index.ts';
import { passphraseStrength } from '../vault/passphrase-policy.ts';
import { DEMO_PASSPHRASE, generateDemo, type DemoSummary } from './index.ts';
import { openTestDb, TEST_STAFF_ID, type TestDb } from '../test/plain-db.ts';

const TODAY = '2026-03-01';

function checksum(t: TestDb, table: string): string {
  const rows = t.sqlite.prepare(`select * from ${table} order by id`).all();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

function generated(seed: number, people = 200): { t: TestDb; summary: DemoSummary } {
  const t = openTestDb();
  const summary = generateDemo(t.db, { people, seed, today: TODAY, staffId: TEST_STAFF_ID });
  return { t, summary };
}

describe('demo generator', () => {
  let a: TestDb;
  let summary: DemoSummary;
  const all = <T>(sql: string, ...params: unknown[]) => a.sqlite.prepare(sql).all(...params) as T[];

  beforeAll(() => {
    ({ t: a, summary } = generated(1));
  });
  afterAll(() => a.close());

  it('fills every area', () => {
    expect(summary.participants).toBe(200);
    expect(summary.mentors).toBe(100);
    for (const key of ['organisations', 'cohorts', 'stageChanges', 'matches', 'matchMeetings', 'placements', 'events', 'attendance', 'followUps', 'outcomes', 'grants', 'hours', 'progressionForms', 'consents'] as const) {
      expect(summary[key], key).toBeGreaterThan(0);
    }
    expect(all<{ n: number }>('select count(*) n from participants')[0]?.n).toBe(200);
    const stages = new Set(all<{ stage: Stage }>('select distinct stage from participants').map((r) => r.stage));
    for (const stage of ['registered', 'active', 'followed_up', 'dropped_out'] as const) expect(stages).toContain(stage);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const b = generated(1).t;
    const c = generated(2).t;
    try {
      for (const table of ['participants', 'stage_changes', 'matches', 'attendance', 'hours']) {
        expect(checksum(b, table), table).toBe(checksum(a, table));
      }
      expect(checksum(c, 'participants')).not.toBe(checksum(a, 'participants'));
    } finally {
      b.close();
      c.close();
    }
  });

  it('keeps each participant’s stage equal to the last stage change, through allowed transitions', () => {
    const people = all<{ id: string; stage: Stage; stage_changed_on: string; registered_on: string }>('select id, stage, stage_changed_on, registered_on from participants');
    const changes = all<{ participant_id: string; from_stage: Stage | null; stage: Stage; effective_on: string }>(
      'select participant_id, from_stage, stage, effective_on from stage_changes order by participant_id, effective_on, recorded_at',
    );
    const byPerson = new Map<string, typeof changes>();
    for (const change of changes) byPerson.set(change.participant_id, [...(byPerson.get(change.participant_id) ?? []), change]);
    for (const p of people) {
      const history = byPerson.get(p.id) ?? [];
      expect(history[0]).toMatchObject({ stage: 'registered', from_stage: null, effective_on: p.registered_on });
      let previous: Stage | null = null;
      for (const change of history) {
        expect(isAllowedTransition(previous, change.stage), `${previous} → ${change.stage}`).toBe(true);
        expect(change.from_stage).toBe(previous);
        expect(change.effective_on <= TODAY).toBe(true);
        previous = change.stage;
      }
      expect(p.stage).toBe(previous);
      expect(p.stage_changed_on).toBe(history.at(-1)?.effective_on);
      expect(STAGES).toContain(p.stage);
    }
  });

  it('gives matches to existing mentors within their capacity, consistent with stages', () => {
    const open = OPEN_MATCH_STATUSES.map((s) => `'${s}'`).join(',');
    const over = all(`select m.id from mentors m join matches x on x.mentor_id = m.id and x.status in (${open}) group by m.id having count(*) > m.capacity`);
    expect(over).toEqual([]);
    expect(all(`select x.id from matches x join mentors m on m.id = x.mentor_id where x.status in (${open}) and m.active = 0`)).toEqual([]);
    expect(all('select x.id from matches x left join mentors m on m.id = x.mentor_id where m.id is null')).toEqual([]);
    const rows = all<{ id: string; stage: Stage; track: string; statuses: string | null; placements: string | null }>(`
      select p.id, p.stage, p.track,
        (select group_concat(status) from matches where participant_id = p.id and status in (${open})) statuses,
        (select group_concat(status) from placements where participant_id = p.id and status in ('planned', 'active')) placements
      from participants p`);
    for (const p of rows) {
      const statuses = p.statuses?.split(',') ?? [];
      expect(statuses.length, p.id).toBeLessThanOrEqual(1);
      if (p.stage === 'intro_meeting') expect(statuses).toEqual(['intro_meeting']);
      else if (p.stage === 'active') expect(statuses.includes('active') || p.placements !== null, p.id).toBe(true);
      else if (p.stage === 'ready') expect(statuses.every((s) => s === 'proposed')).toBe(true);
      else expect(statuses).toEqual([]);
    }
  });

  it('records outcomes, attendance and placements consistently', () => {
    const missingExit = all(`select p.id from participants p where p.stage in ('completed', 'followed_up')
      and not exists (select 1 from outcomes o where o.participant_id = p.id and o.timepoint = 'exit')`);
    expect(missingExit).toEqual([]);
    const missing3m = all(`select p.id from participants p where p.stage = 'followed_up'
      and not exists (select 1 from outcomes o where o.participant_id = p.id and o.timepoint = '3m')`);
    expect(missing3m).toEqual([]);
    expect(all("select id from attendance where checked_in_at is not null and status <> 'attended'")).toEqual([]);
    expect(all("select id from attendance where status in ('attended', 'no_show') and event_id in (select id from events where starts_at > ?)", `${TODAY}T23:59:59Z`)).toEqual([]);
    expect(all('select id from events where ends_at <= starts_at')).toEqual([]);
    expect(all("select id from placements where status in ('completed', 'ended_early') and (ended_on is null or ended_on > ?)", TODAY)).toEqual([]);
    expect(all("select id from matches where status in ('completed', 'ended_early', 'not_a_fit') and (ended_on is null or ended_on > ?)", TODAY)).toEqual([]);
    expect(all("select id from matches where status = 'active' and (started_on is null or started_on > ?)", TODAY)).toEqual([]);
  });

  it('writes the same rows through drizzle’s query builder when the raw connection is hidden', () => {
    const t = openTestDb();
    try {
      const hidden = Object.create(t.db, { $client: { value: undefined } }) as typeof t.db;
      generateDemo(hidden, { people: 200, seed: 1, today: TODAY, staffId: TEST_STAFF_ID });
      for (const table of ['participants', 'matches', 'consents']) expect(checksum(t, table), table).toBe(checksum(a, table));
    } finally {
      t.close();
    }
  });

  it('adds to a programme that already has demo data, reusing its cohorts', () => {
    const t = openTestDb();
    try {
      generateDemo(t.db, { people: 50, seed: 7, today: TODAY, staffId: TEST_STAFF_ID });
      const cohorts = t.sqlite.prepare('select count(*) n from cohorts').get();
      generateDemo(t.db, { people: 50, seed: 7, today: TODAY, staffId: TEST_STAFF_ID });
      expect(t.sqlite.prepare('select count(*) n from participants').get()).toEqual({ n: 100 });
      expect(t.sqlite.prepare('select count(*) n from cohorts').get()).toEqual(cohorts);
      expect(t.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      t.close();
    }
  });

  it('passes SQLite’s integrity and foreign key checks', () => {
    expect(a.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(a.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('uses real Telemark and Agder municipalities, typical countries, and names in several scripts', () => {
    for (const { n } of all<{ n: string }>('select distinct municipality_number n from participants union select distinct municipality_number from mentors')) {
      const m = municipalityByNumber(n);
      expect(m, n).toBeDefined();
      expect(['40', '42']).toContain(m?.countyNumber);
    }
    const countries = all<{ c: string }>('select distinct country_of_background c from participants').map((r) => r.c);
    for (const c of ['SY', 'UA', 'ER', 'AF']) expect(countries).toContain(c);
    const cyrillic = all<{ first_name: string; search_text: string }>("select first_name, search_text from participants where country_of_background = 'UA'")
      .filter((p) => /\p{Script=Cyrillic}/u.test(p.first_name));
    expect(cyrillic.length).toBeGreaterThan(0);
    for (const p of cyrillic) expect(p.search_text).toMatch(/[a-z]/);
    const emails = all<{ email: string }>('select email from participants where email is not null union all select email from mentors');
    for (const { email } of emails) expect(email).toMatch(/@[a-z0-9.-]*example(\.(com|net|org))?$/);
  });

  it('rejects sizes outside 50..20,000 and bad dates', () => {
    const t = openTestDb();
    try {
      expect(() => generateDemo(t.db, { people: 49, seed: 1, today: TODAY, staffId: TEST_STAFF_ID })).toThrow(RangeError);
      expect(() => generateDemo(t.db, { people: 20_001, seed: 1, today: TODAY, staffId: TEST_STAFF_ID })).toThrow(RangeError);
      expect(() => generateDemo(t.db, { people: 50, seed: 1, today: '1.3.2026', staffId: TEST_STAFF_ID })).toThrow(RangeError);
      expect(t.sqlite.prepare('select count(*) n from participants').get()).toEqual({ n: 0 });
    } finally {
      t.close();
    }
  });

  it('has a public passphrase that passes the passphrase policy', async () => {
    expect([...DEMO_PASSPHRASE].length).toBeGreaterThanOrEqual(12);
    expect((await passphraseStrength(DEMO_PASSPHRASE)).acceptable).toBe(true);
  });
});
