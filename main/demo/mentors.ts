import type { Gender, NewMentor, NewOrganisation } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { addDays } from '../../shared/calendar-date.ts';
import { BACKGROUNDS } from './backgrounds.ts';
import { FIELD_WEIGHTS, OCCUPATIONS, educationWeights } from './occupations.ts';
import { DEMO_MUNICIPALITIES } from './places.ts';
import { emailFor, genderFor, mobileNumber, nameFromGroup, norwegianName, companyDomain } from './persons.ts';
import { searchTextOf } from './search-text.ts';

/** A mentor with what the journey needs to assign matches. */
export type DemoMentor = {
  row: NewMentor;
  id: string;
  field: string;
  gender: Gender;
  languages: readonly string[];
  municipalityNumber: string;
  capacity: number;
  active: boolean;
  /** Matches open today (proposed, intro meeting, active). */
  open: number;
};

const AVAILABILITY = ['Tirsdager etter kl. 16', 'Fleksibel', 'Helst lunsj', 'Annenhver uke', 'Torsdager', 'Kvelder og digitalt'];
const PREFERENCES = ['Gjerne samme fagfelt', 'Ingen spesielle ønsker', 'Kan ta digitale møter', 'Ønsker deltaker med B1 eller bedre'];

export function generateMentors(ctx: DemoContext, count: number, partners: readonly NewOrganisation[], firstDate: string): DemoMentor[] {
  const mentors: DemoMentor[] = [];
  for (let i = 0; i < count; i++) {
    const employer = ctx.rng.pick(partners);
    const field = ctx.rng.chance(0.7) && employer.sector ? employer.sector : ctx.rng.weighted(FIELD_WEIGHTS);
    const gender = genderFor(ctx, 0.5);
    const background = ctx.rng.chance(0.15) ? ctx.rng.weighted(BACKGROUNDS.map((b) => [b, b.weight] as const)) : null;
    const name = background ? nameFromGroup(ctx, ctx.rng.weighted(background.names), gender) : norwegianName(ctx, gender);
    const languages = background
      ? background.languages.slice()
      : ['en', ...(ctx.rng.chance(0.2) ? [ctx.rng.pick(['de', 'es', 'fr', 'ar', 'pl'])] : [])];
    const municipalityNumber = ctx.rng.chance(0.7) && employer.municipalityNumber ? employer.municipalityNumber : ctx.rng.weighted(DEMO_MUNICIPALITIES);
    const capacity = ctx.rng.weighted([[1, 55], [2, 35], [3, 10]] as const);
    const active = ctx.rng.chance(0.92);
    const registeredOn = addDays(firstDate, ctx.rng.int(-200, 700));
    const registered = registeredOn > ctx.today ? ctx.today : registeredOn;
    const createdAt = `${registered}T09:00:00.000Z`;
    const id = ctx.ids.uuid();
    const row: NewMentor = {
      id,
      firstName: name.firstName,
      lastName: name.lastName,
      searchText: searchTextOf(name.firstName, name.lastName),
      email: emailFor(ctx, name, companyDomain(employer.name)),
      phone: mobileNumber(ctx),
      birthYear: Number(ctx.today.slice(0, 4)) - ctx.rng.int(26, 67),
      gender,
      organisationId: employer.id as string,
      jobTitle: ctx.rng.pick(OCCUPATIONS[field] ?? OCCUPATIONS.other ?? ['Rådgiver']),
      field,
      educationLevel: ctx.rng.weighted(educationWeights(field)),
      yearsOfExperience: ctx.rng.int(2, 35),
      languages,
      municipalityNumber,
      capacity,
      availability: ctx.rng.pick(AVAILABILITY),
      active,
      preferences: ctx.rng.chance(0.5) ? ctx.rng.pick(PREFERENCES) : null,
      notes: null,
      registeredOn: registered,
      erasedAt: null,
      createdAt,
      updatedAt: createdAt,
    };
    mentors.push({ row, id, field, gender, languages, municipalityNumber, capacity, active, open: 0 });
  }
  ctx.rows.mentors.push(...mentors.map((m) => m.row));
  return mentors;
}
