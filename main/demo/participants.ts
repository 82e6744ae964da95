import type { Gender, NewOrganisation, NewParticipant, NorwegianLevel, Track } from '../../db/schema/index.ts';
import { BACKGROUNDS } from './backgrounds.ts';
import type { DemoCohort } from './cohorts.ts';
import type { DemoContext } from './context.ts';
import { yearOf } from './dates.ts';
import { addDays } from '../../shared/calendar-date.ts';
import { FIELD_WEIGHTS, OCCUPATIONS, educationWeights } from './occupations.ts';
import { DEMO_MUNICIPALITIES } from './places.ts';
import { emailFor, genderFor, mobileNumber, nameFromGroup } from './persons.ts';
import { searchTextOf } from './search-text.ts';

/** A participant being generated: the row (stage filled in by the journey) and what the journey needs. */
export type DemoParticipant = {
  row: NewParticipant;
  id: string;
  cohort: DemoCohort;
  field: string;
  gender: Gender;
  track: Track;
  languages: readonly string[];
  municipalityNumber: string;
  registeredOn: string;
};

const NAV_ADVISORS = 12;

function norwegianLevel(ctx: DemoContext, yearsInNorway: number): NorwegianLevel {
  const base = Math.min(3, Math.floor(yearsInNorway / 2)) + ctx.rng.int(0, 1);
  return (['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const)[Math.min(5, Math.max(0, base))] as NorwegianLevel;
}

/** Picks a cohort with more people in the recent ones and fewer in the one not started yet. */
function pickCohort(ctx: DemoContext, cohorts: readonly DemoCohort[]): DemoCohort {
  return ctx.rng.weighted(cohorts.map((c) => [c, c.startsOn > ctx.today ? 0.5 : 1] as const));
}

export function generateParticipant(
  ctx: DemoContext,
  cohorts: readonly DemoCohort[],
  navOffices: ReadonlyMap<string, NewOrganisation>,
): DemoParticipant {
  const { rng } = ctx;
  const cohort = pickCohort(ctx, cohorts);
  const background = rng.weighted(BACKGROUNDS.map((b) => [b, b.weight] as const));
  const gender = genderFor(ctx, background.country === 'UA' ? 0.7 : 0.5);
  const name = nameFromGroup(ctx, rng.weighted(background.names), gender);
  const field = rng.weighted(FIELD_WEIGHTS);
  const educationLevel = rng.weighted(educationWeights(field));
  // Intake runs up to 100 days before a cohort starts; for a cohort not started yet, during the last 90 days.
  const planned = addDays(cohort.startsOn, -rng.int(0, 100));
  const registeredOn = planned <= ctx.today ? planned : addDays(ctx.today, -rng.int(0, 90));
  const arrivalYear = yearOf(registeredOn) - rng.int(background.arrivedYearsAgo[0], background.arrivedYearsAgo[1]);
  const municipalityNumber = rng.weighted(DEMO_MUNICIPALITIES);
  const nav = rng.chance(0.85) ? navOffices.get(municipalityNumber) : undefined;
  const languages = background.languages.filter((l, i) => i === 0 || rng.chance(l === 'en' ? 0.75 : 0.5));
  const track = rng.weighted([['mentor', 60], ['both', 25], ['placement', 15]] as const);
  const createdAt = `${registeredOn}T09:00:00.000Z`;
  const id = ctx.ids.uuid();
  const row: NewParticipant = {
    id,
    firstName: name.firstName,
    lastName: name.lastName,
    searchText: searchTextOf(name.firstName, name.lastName),
    email: rng.chance(0.93) ? emailFor(ctx, name) : null,
    phone: rng.chance(0.95) ? mobileNumber(ctx) : null,
    birthYear: yearOf(registeredOn) - rng.int(23, 58),
    gender,
    countryOfBackground: background.country,
    municipalityNumber,
    immigrationReason: rng.chance(0.03) ? 'UKJ' : rng.weighted(background.reasons),
    arrivalYear,
    educationLevel,
    educationCountry: rng.chance(0.9) ? background.country : rng.pick(['NO', 'RU', 'TR', 'EG', 'SE', 'GB']),
    degreeRecognition: educationLevel === 'upper_secondary' || educationLevel === 'other'
      ? 'not_applicable'
      : rng.weighted([['yes', 35], ['applied', 25], ['no', 30], ['not_applicable', 10]] as const),
    field,
    desiredOccupation: rng.pick(OCCUPATIONS[field] ?? ['Rådgiver']),
    norwegianLevel: norwegianLevel(ctx, yearOf(registeredOn) - arrivalYear),
    languages,
    interests: rng.chance(0.4) ? [field] : [],
    navOfficeId: nav ? (nav.id as string) : null,
    navAdvisor: nav ? `Veileder ${rng.int(1, NAV_ADVISORS)}` : null,
    track,
    cohortId: cohort.id,
    coordinatorId: ctx.staffId,
    stage: 'registered',
    stageChangedOn: registeredOn,
    mentorGenderPreference: rng.weighted([['none', 80], ['female', 15], ['male', 5]] as const),
    nextAction: null,
    nextActionOn: null,
    notes: rng.chance(0.15) ? rng.pick(['Ønsker å jobbe i privat sektor', 'Har førerkort', 'Kan starte på dagtid', 'Trenger tolk i første samtale']) : null,
    registeredOn,
    erasedAt: null,
    createdAt,
    updatedAt: createdAt,
  };
  return { row, id, cohort, field, gender, track, languages, municipalityNumber, registeredOn };
}
