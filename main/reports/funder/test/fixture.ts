/**
 * A small, fixed programme with explicit dates for the funder report tests. Every expected number
 * in funder-counts.test.ts is worked out by hand from this file (the comments say how).
 *
 * Report period: 2025-01-01 – 2025-12-31. Grant "county" funds cohorts Høst 2024 and Vår 2025;
 * grant "foundation" funds no cohort, only its events.
 */
import * as schema from '../../../../db/schema/index.ts';
import type { Stage } from '../../../../db/schema/index.ts';
import type { KobleDb } from '../../../../db/vault/vault.ts';
import { testProgramme } from '../../../test/programme.ts';

export const PERIOD = { from: '2025-01-01', to: '2025-12-31' } as const;

const at = (date: string) => `${date}T09:00:00.000Z`;

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

type PersonSpec = {
  key: string;
  firstName: string;
  lastName: string;
  cohort: string;
  gender: schema.Gender;
  birthYear: number;
  country: string | null;
  municipality: string | null;
  reason: schema.ImmigrationReason | null;
  arrivalYear: number | null;
  education: schema.EducationLevel | null;
  field: string | null;
  track?: schema.Track;
  stages: [Stage, string][];
};

/** The people, each with their dated stage history (first entry: registered). */
export const PEOPLE: PersonSpec[] = [
  // Across the period boundary: active from 2024, completed 15 March 2025.
  { key: 'across', firstName: 'Amina', lastName: 'Haddad', cohort: 'autumn', gender: 'female', birthYear: 1990, country: 'SY', municipality: '4003', reason: 'FLU', arrivalYear: 2016, education: 'master', field: 'engineering_technology_it',
    stages: [['registered', '2024-09-01'], ['assessed', '2024-09-15'], ['ready', '2024-10-01'], ['intro_meeting', '2024-10-20'], ['active', '2024-11-01'], ['completed', '2025-03-15']] },
  // New in the period, placement and mentor, still active at the end.
  { key: 'new', firstName: 'Oleksandr', lastName: 'Kovalenko', cohort: 'spring', gender: 'male', birthYear: 2000, country: 'UA', municipality: '4003', reason: 'FAM', arrivalYear: 2022, education: 'bachelor', field: 'office_nursing', track: 'both',
    stages: [['registered', '2025-02-01'], ['assessed', '2025-02-10'], ['ready', '2025-03-01'], ['active', '2025-04-01']] },
  // Withdrawn: new in the period, dropped out 15 February.
  { key: 'withdrawn', firstName: 'Selam', lastName: 'Tesfaye', cohort: 'spring', gender: 'female', birthYear: 1985, country: 'SY', municipality: '4001', reason: 'FLU', arrivalYear: 2019, education: 'upper_secondary', field: null,
    stages: [['registered', '2025-01-10'], ['assessed', '2025-01-20'], ['dropped_out', '2025-02-15']] },
  // Erased after the period's work: active from 2024, completed 30 June 2025, got a job.
  { key: 'erased', firstName: 'Farida', lastName: 'Rahimi', cohort: 'autumn', gender: 'female', birthYear: 1980, country: 'AF', municipality: '4005', reason: 'FLU', arrivalYear: 2010, education: 'phd', field: 'medicine_health',
    stages: [['registered', '2024-10-01'], ['assessed', '2024-10-10'], ['ready', '2024-10-20'], ['intro_meeting', '2024-11-10'], ['active', '2024-12-01'], ['completed', '2025-06-30']] },
  // Finished in 2024; the 6-month follow-up (a temporary job) falls in the period.
  { key: 'before', firstName: 'Juan', lastName: 'Pérez', cohort: 'autumn', gender: 'male', birthYear: 1975, country: 'CO', municipality: '4003', reason: 'ARB', arrivalYear: 2018, education: 'master', field: 'economics_administration',
    stages: [['registered', '2024-01-10'], ['assessed', '2024-01-20'], ['ready', '2024-02-01'], ['active', '2024-03-01'], ['completed', '2024-10-01']] },
  // Registered after the period: in no count.
  { key: 'after', firstName: 'Nadia', lastName: 'Karimi', cohort: 'spring', gender: 'female', birthYear: 1995, country: 'IR', municipality: '4003', reason: 'FAM', arrivalYear: 2023, education: 'master', field: null,
    stages: [['registered', '2026-01-10']] },
  // Another cohort, not funded by the county grant; comes to the foundation's language café.
  { key: 'other', firstName: 'Yonas', lastName: 'Gebre', cohort: 'other', gender: 'male', birthYear: 1992, country: 'ER', municipality: '4001', reason: 'FLU', arrivalYear: 2015, education: 'bachelor', field: 'social_sciences',
    stages: [['registered', '2025-03-01'], ['assessed', '2025-03-10']] },
  // On the waiting list the whole period.
  { key: 'waiting', firstName: 'Mariam', lastName: 'Ali', cohort: 'spring', gender: 'female', birthYear: 1988, country: 'SO', municipality: '4003', reason: 'FAM', arrivalYear: 2014, education: 'other', field: null,
    stages: [['registered', '2024-11-01'], ['waiting_list', '2024-12-01']] },
];

export async function buildFixture() {
  const programme = await testProgramme();
  const db: KobleDb = programme.db();
  const staffId = db.select({ id: schema.staff.id }).from(schema.staff).get()!.id;
  const ids: Record<string, string> = {};
  const id = (key: string) => (ids[key] ??= `${key}-${Object.keys(ids).length}`);

  db.transaction((tx) => {
    tx.insert(schema.referenceValues).values({ id: id('ref-nursing'), kind: 'field', code: 'office_nursing', label: 'Sykepleie', mapsTo: 'medicine_health', sortOrder: 0, active: true }).run();
    tx.insert(schema.cohorts).values([
      { id: id('autumn'), name: 'Høst 2024', startsOn: '2024-09-01', endsOn: '2025-06-30' },
      { id: id('spring'), name: 'Vår 2025', startsOn: '2025-02-01', endsOn: '2025-12-31' },
      { id: id('other'), name: 'Annet kull', startsOn: '2025-03-01', endsOn: '2025-12-31' },
    ]).run();
    tx.insert(schema.grants).values([
      { id: id('county'), funder: 'county', funderName: 'Telemark fylkeskommune', scheme: 'Mentor- og traineeordning', caseNumber: '25/123', amount: 800000, periodStart: '2025-01-01', periodEnd: '2025-12-31' },
      { id: id('foundation'), funder: 'foundation', funderName: 'Stiftelsen Eksempel', scheme: null, caseNumber: null, amount: null, periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    ]).run();
    tx.insert(schema.grantCohorts).values([{ grantId: id('county'), cohortId: id('autumn') }, { grantId: id('county'), cohortId: id('spring') }]).run();

    for (const p of PEOPLE) {
      const last = p.stages.at(-1)!;
      tx.insert(schema.participants).values({
        id: id(p.key), firstName: p.firstName, lastName: p.lastName, email: `${p.key}@example.no`, phone: '+47 900 00 000', gender: p.gender, birthYear: p.birthYear,
        countryOfBackground: p.country, municipalityNumber: p.municipality, immigrationReason: p.reason, arrivalYear: p.arrivalYear, educationLevel: p.education,
        field: p.field, track: p.track ?? 'mentor', cohortId: id(p.cohort), stage: last[0], stageChangedOn: last[1], registeredOn: p.stages[0]![1],
      }).run();
      let from: Stage | null = null;
      for (const [stage, on] of p.stages) {
        tx.insert(schema.stageChanges).values({ participantId: id(p.key), fromStage: from, stage, effectiveOn: on, recordedAt: at(on), staffId }).run();
        from = stage;
      }
    }

    tx.insert(schema.mentors).values([
      { id: id('m1'), firstName: 'Kari', lastName: 'Mentor', gender: 'female', registeredOn: '2024-08-01' },
      { id: id('m2'), firstName: 'Per', lastName: 'Mentor', gender: 'male', registeredOn: '2024-11-15' },
      { id: id('m3'), firstName: 'Liv', lastName: 'Mentor', gender: 'female', registeredOn: '2025-03-01' },
    ]).run();
    tx.insert(schema.matches).values([
      { participantId: id('across'), mentorId: id('m1'), status: 'completed', confirmedOn: '2024-11-01', startedOn: '2024-11-01', endedOn: '2025-03-15' },
      { participantId: id('erased'), mentorId: id('m2'), status: 'completed', confirmedOn: '2024-12-01', startedOn: '2024-12-01', endedOn: '2025-06-30' },
      { participantId: id('new'), mentorId: id('m3'), status: 'active', confirmedOn: '2025-04-01', startedOn: '2025-04-01' },
      { participantId: id('before'), mentorId: id('m1'), status: 'completed', confirmedOn: '2024-03-01', startedOn: '2024-03-01', endedOn: '2024-09-01' },
      // Not a fit: never counted.
      { participantId: id('withdrawn'), mentorId: id('m3'), status: 'not_a_fit', endedOn: '2025-02-01' },
    ]).run();
    tx.insert(schema.placements).values([
      { participantId: id('new'), status: 'active', startsOn: '2025-04-01', endsOn: '2025-09-30' },
      // Start dates in the period, but never started: neither counts as started or running.
      { participantId: id('new'), status: 'planned', startsOn: '2025-11-01', endsOn: '2026-02-28' },
      { participantId: id('withdrawn'), status: 'cancelled', startsOn: '2025-03-01', endsOn: '2025-06-30' },
    ]).run();

    tx.insert(schema.outcomes).values([
      { participantId: id('across'), timepoint: 'exit', category: 'education', outcomeOn: '2025-03-20' },
      { participantId: id('erased'), timepoint: 'exit', category: 'fast_relevant', employer: 'Skien sykehus', outcomeOn: '2025-07-01' },
      { participantId: id('before'), timepoint: 'exit', category: 'job_seeking', outcomeOn: '2024-10-01' },
      { participantId: id('before'), timepoint: '6m', category: 'temporary', outcomeOn: '2025-04-01' },
    ]).run();
    const form = (key: string, timepoint: schema.ProgressionTimepoint, filledOn: string, s: number[]) => ({
      participantId: id(key), timepoint, filledOn,
      norwegianAtWork: s[0]!, professionalNetwork: s[1]!, workingLifeKnowledge: s[2]!, jobSeeking: s[3]!, beliefInChances: s[4]!,
    });
    tx.insert(schema.progressionForms).values([
      form('across', 'start', '2024-11-01', [3, 2, 2, 3, 3]),
      form('across', 'end', '2025-03-15', [4, 4, 3, 3, 5]),
      form('erased', 'start', '2024-12-01', [2, 2, 2, 2, 2]),
      form('erased', 'end', '2025-06-30', [3, 2, 4, 2, 3]),
      form('new', 'start', '2025-02-10', [1, 1, 1, 1, 1]),
    ]).run();

    tx.insert(schema.eventGuests).values([
      { id: id('walkin'), firstName: 'Trine', lastName: 'Gjest', organisationName: 'Bedrift AS' },
      { id: id('speaker'), firstName: 'Ola', lastName: 'Foredrag' },
    ]).run();
    tx.insert(schema.events).values([
      // 18:00 Oslo time, linked to the county grant.
      { id: id('e1'), kind: 'nettverkstreff', title: 'Nettverkstreff mars', startsAt: '2025-03-05T17:00:00.000Z', grantId: id('county'), place: 'Skien bibliotek' },
      // A course for the spring cohort, linked to no grant: counts for the grant that funds the cohort.
      { id: id('e2'), kind: 'kurs', title: '=CV-kurs', startsAt: '2025-05-10T08:00:00.000Z', cohortId: id('spring') },
      // 00:30 on 1 January 2026 in Oslo: outside the period although the UTC date is 2025-12-31.
      { id: id('e3'), kind: 'sprakkafe', title: 'Språkkafé nyttår', startsAt: '2025-12-31T23:30:00.000Z', grantId: id('foundation') },
      // 00:30 on 1 January 2025 in Oslo: inside the period although the UTC date is 2024-12-31.
      { id: id('e4'), kind: 'sprakkafe', title: 'Språkkafé', startsAt: '2024-12-31T23:30:00.000Z', grantId: id('foundation') },
      // Another grant's event for the spring cohort: not the county's.
      { id: id('e5'), kind: 'sprakkafe', title: 'Språkkafé stiftelsen', startsAt: '2025-06-01T15:00:00.000Z', grantId: id('foundation'), cohortId: id('spring') },
    ]).run();
    const a = (event: string, who: { participantId?: string; mentorId?: string; guestId?: string }, status: schema.AttendanceStatus, source: schema.AttendanceSource = 'roster') => ({ eventId: id(event), ...who, status, source });
    tx.insert(schema.attendance).values([
      a('e1', { participantId: id('across') }, 'attended'),
      a('e1', { participantId: id('new') }, 'attended'),
      a('e1', { participantId: id('withdrawn') }, 'no_show'),
      a('e1', { mentorId: id('m1') }, 'attended'),
      a('e1', { guestId: id('walkin') }, 'attended', 'walk_in'),
      a('e1', { guestId: id('speaker') }, 'attended'),
      a('e2', { participantId: id('new') }, 'attended'),
      a('e2', { participantId: id('withdrawn') }, 'cancelled'),
      a('e3', { participantId: id('other') }, 'attended'),
      a('e4', { participantId: id('other') }, 'attended'),
      a('e4', { participantId: id('across') }, 'attended'),
      a('e4', { participantId: id('waiting') }, 'registered'),
      a('e5', { participantId: id('new') }, 'attended'),
    ]).run();

    tx.insert(schema.hours).values([
      { workedOn: '2025-02-01', staffId, hours: 3.5, activity: 'coordination', grantId: id('county'), hourlyValue: 650 },
      { workedOn: '2025-03-05', mentorId: id('m1'), hours: 2, activity: 'mentoring', grantId: id('county'), hourlyValue: 400 },
      { workedOn: '2025-03-05', volunteerName: 'Ola Frivillig', hours: 2.5, activity: 'event', grantId: id('county'), hourlyValue: null },
      { workedOn: '2024-12-31', staffId, hours: 7, activity: 'reporting', grantId: id('county'), hourlyValue: 650 },
      { workedOn: '2025-06-01', staffId, hours: 4, activity: 'event', grantId: id('foundation'), hourlyValue: 650 },
    ]).run();
  });

  // The erasure as a user does it (what remains is what main/privacy keeps).
  await programme.call('privacy.erase', { personId: id('erased'), confirmName: 'Farida Rahimi' });
  return { ...programme, ids, id, staffId };
}
