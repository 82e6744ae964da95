import { Faker, base, en, nb_NO } from '@faker-js/faker';
import { count } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/schema/index.ts';
import { generateCohorts } from './cohorts.ts';
import { addMentorConsents, addParticipantConsents } from './consents.ts';
import { emptyRows, type DemoContext, type DemoRows } from './context.ts';
import { osloInstant } from './dates.ts';
import { addDays } from '../../shared/calendar-date.ts';
import { generateEvents, type Attendee } from './events.ts';
import { addMentorFollowUps, addParticipantFollowUps, generateStaffHours } from './followups.ts';
import { generateGrants } from './funding.ts';
import { insertRows, rawClient, type DemoWriter } from './insert.ts';
import { runJourney } from './journey.ts';
import { MentorPool } from './mentor-pool.ts';
import { generateMentors } from './mentors.ts';
import { generateOrganisations } from './organisations.ts';
import { generateParticipant } from './participants.ts';
import { Rng } from './random.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import { demoRates, NO_RATES } from './rates.ts';
import { readProgrammeSettings, writeProgrammeSettings, type ProgrammeSettings } from '../settings/programme-settings.ts';

export type DemoOptions = {
  /** Participants, 50 to 20,000. Mentors are about half as many. */
  people: number;
  /** Same seed, people and today → the same programme, row for row. */
  seed: number;
  /** 'YYYY-MM-DD': the generated history ends here (only planned things lie after it). */
  today: string;
  /** The staff member recorded as coordinator and author (must exist). */
  staffId: string;
};

/** How many rows of each kind were inserted. */
export type DemoSummary = { seed: number; people: number; today: string } & { [K in keyof DemoRows]: number };

export const MIN_DEMO_PEOPLE = 50;
export const MAX_DEMO_PEOPLE = 20_000;

/** Participants generated between two writes: keeps memory flat for 20,000 people. */
const BATCH = 500;

function validate({ people, today, staffId }: DemoOptions): void {
  if (!Number.isInteger(people) || people < MIN_DEMO_PEOPLE || people > MAX_DEMO_PEOPLE) {
    throw new RangeError(`people must be an integer from ${MIN_DEMO_PEOPLE} to ${MAX_DEMO_PEOPLE}`);
  }
  if (!isIsoDate(today)) throw new RangeError('today must be YYYY-MM-DD');
  if (!staffId) throw new RangeError('staffId is required');
}

/**
 * Fills an open programme with a realistic, entirely invented mentor programme in Telemark and
 * Agder: organisations, cohorts, grants, mentors, participants with dated stage histories,
 * matches with meetings, placements, outcomes, progression forms, events with attendance,
 * follow-ups, hours and consents. Deterministic for (seed, people, today): no clock, no
 * Math.random. Everything is written in one transaction; on error nothing is left behind.
 */
export function generateDemo(db: BetterSQLite3Database<typeof schema>, options: DemoOptions): DemoSummary {
  validate(options);
  const client = rawClient(db);
  const counts = Object.fromEntries(Object.keys(emptyRows()).map((k) => [k, 0])) as { [K in keyof DemoRows]: number };
  // A larger page cache (64 MB) for the bulk write: a big programme's indexes outgrow the default 2 MB. Restored after.
  const cacheSize: unknown = client && options.people > 2000 ? client.pragma('cache_size', { simple: true }) : null;
  if (client && typeof cacheSize === 'number') client.pragma('cache_size = -65536');
  try {
    writeAll(db, client, options, counts);
  } finally {
    if (client && typeof cacheSize === 'number') client.pragma(`cache_size = ${cacheSize}`);
  }
  return { seed: options.seed, people: options.people, today: options.today, ...counts };
}

/** What the programme already holds that the generator must not add twice. */
type Existing = { participants: number; cohorts: Map<string, string>; referenceValues: Set<string> };

/** The county's name on the demo's county grants when the programme has none set. */
export const DEMO_COUNTY_NAME = 'Telemark fylkeskommune';

function readExisting(db: DemoWriter): Existing {
  const participants = db.select({ n: count() }).from(schema.participants).get()?.n ?? 0;
  const cohorts = new Map(db.select({ name: schema.cohorts.name, id: schema.cohorts.id }).from(schema.cohorts).all().map((c) => [c.name, c.id]));
  const referenceValues = new Set(db.select({ kind: schema.referenceValues.kind, code: schema.referenceValues.code }).from(schema.referenceValues).all().map((r) => `${r.kind}:${r.code}`));
  return { participants, cohorts, referenceValues };
}

function writeAll(db: BetterSQLite3Database<typeof schema>, client: ReturnType<typeof rawClient>, options: DemoOptions, counts: { [K in keyof DemoRows]: number }): void {
  db.transaction((tx) => {
    const existing = readExisting(tx);
    // A fresh programme gets ids from the seed alone; a programme that already has people gets another id stream.
    const ids = new Rng(existing.participants === 0 ? options.seed ^ 0x5eed1d5 : (options.seed ^ 0x5eed1d5) + existing.participants * 7919);
    const ctx: DemoContext = { rng: new Rng(options.seed), ids, faker: seededFaker(options.seed), today: options.today, staffId: options.staffId, rows: emptyRows(), hourly: NO_RATES };
    const flush = () => write(tx, ctx.rows, client, counts);
    // The county's name and the hourly rates are programme settings: the demo fills in what is missing and uses them.
    const settings = readProgrammeSettings(db);
    const countyFunderName = settings.countyFunderName || DEMO_COUNTY_NAME;
    const hourlyRates = generateInto(ctx, options.people, existing, settings, countyFunderName, flush);
    writeProgrammeSettings(db, { countyFunderName, hourlyRates });
    ctx.rows.auditLog.push({
      id: ctx.ids.uuid(), at: osloInstant(options.today, 8), staffId: options.staffId, action: 'demo.generate', entity: 'programme', entityId: null,
      details: { seed: options.seed, people: options.people, today: options.today, counts: { ...counts } },
    });
    flush();
  });
}

function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [nb_NO, en, base] });
  faker.seed(seed);
  return faker;
}

function write(db: DemoWriter, rows: DemoRows, client: ReturnType<typeof rawClient>, counts: { [K in keyof DemoRows]: number }): void {
  insertRows(db, rows, client);
  for (const key of Object.keys(rows) as (keyof DemoRows)[]) {
    counts[key] += rows[key].length;
    rows[key].length = 0;
  }
}

function generateInto(ctx: DemoContext, people: number, existing: Existing, settings: ProgrammeSettings, countyName: string, flush: () => void): ProgrammeSettings['hourlyRates'] {
  const { partners, navOffices } = generateOrganisations(ctx, people);
  const cohorts = generateCohorts(ctx, existing.cohorts);
  const firstCohort = cohorts[0]?.startsOn ?? ctx.today;
  const grants = generateGrants(ctx, cohorts, countyName);
  addReferenceValues(ctx, existing.referenceValues);
  const mentors = generateMentors(ctx, Math.max(10, Math.round(people / 2)), partners, firstCohort);
  addMentorConsents(ctx, mentors);
  const rates = demoRates(settings.hourlyRates, ctx.staffId, mentors);
  ctx.hourly = rates.hourly;
  generateStaffHours(ctx, addDays(firstCohort, -60), grants);
  flush();

  const pool = new MentorPool(mentors);
  const employers = partners.map((o) => ({ id: o.id as string, name: o.name }));
  const attendees: Attendee[] = [];
  for (let i = 0; i < people; i++) {
    const p = generateParticipant(ctx, cohorts, navOffices);
    ctx.rows.participants.push(p.row);
    const firstMatch = ctx.rows.matches.length;
    const { until } = runJourney(ctx, p, { pool, grants, employers });
    const attendee = { id: p.id, from: p.registeredOn, until, cohortId: p.cohort.id };
    attendees.push(attendee);
    addParticipantFollowUps(ctx, attendee);
    addMentorFollowUps(ctx, ctx.rows.matches.slice(firstMatch));
    addParticipantConsents(ctx, p);
    if ((i + 1) % BATCH === 0) flush();
  }
  flush();
  generateEvents(ctx, attendees, mentors, cohorts, grants, partners.map((o) => o.name));
  return rates.settings;
}

function addReferenceValues(ctx: DemoContext, existing: ReadonlySet<string>): void {
  const createdAt = osloInstant(ctx.today, 8);
  const values = [
    { kind: 'field', code: 'office_nursing', label: 'Sykepleie (kontorets egen)', mapsTo: 'medicine_health' },
    { kind: 'field', code: 'office_architecture', label: 'Arkitektur', mapsTo: 'engineering_technology_it' },
    { kind: 'end_reason', code: 'got_job', label: 'Fikk jobb', mapsTo: null },
  ] as const;
  values.forEach((v, i) => {
    if (!existing.has(`${v.kind}:${v.code}`)) ctx.rows.referenceValues.push({ id: ctx.ids.uuid(), ...v, sortOrder: i, active: true, createdAt, updatedAt: createdAt });
  });
}
