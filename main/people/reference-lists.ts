import { and, asc, eq } from 'drizzle-orm';
import {
  DEGREE_RECOGNITIONS,
  EDUCATION_LEVELS,
  FOLLOW_UP_KINDS,
  GENDERS,
  IMMIGRATION_REASONS,
  MENTOR_GENDER_PREFERENCES,
  NORWEGIAN_LEVELS,
  ORGANISATION_KINDS,
  referenceValues,
  STAGE_TRANSITIONS,
  STAGES,
  TRACKS,
} from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { COUNTRIES, countyByNumber, FIELDS, MUNICIPALITIES, municipalityLabel } from '../reference/index.ts';
import { listStaff } from '../staff/staff-repository.ts';

/** Everything the renderer's dropdowns need, in one call. Codes are stored; names are shown. */
export function referenceLists(db: KobleDb) {
  const officeFields = db
    .select({ code: referenceValues.code, name: referenceValues.label, mapsTo: referenceValues.mapsTo })
    .from(referenceValues)
    .where(and(eq(referenceValues.kind, 'field'), eq(referenceValues.active, true)))
    .orderBy(asc(referenceValues.sortOrder), asc(referenceValues.label))
    .all();
  return {
    municipalities: MUNICIPALITIES.map((m) => ({ number: m.number, name: municipalityLabel(m), countyName: countyByNumber(m.countyNumber)?.name ?? '' })),
    countries: COUNTRIES.map((c) => ({ code: c.code, name: c.name })),
    fields: [...FIELDS.map((f) => ({ code: f.code, name: f.name, office: false })), ...officeFields.map((f) => ({ code: f.code, name: f.name, office: true }))],
    stages: STAGES,
    stageTransitions: STAGE_TRANSITIONS,
    genders: GENDERS,
    educationLevels: EDUCATION_LEVELS,
    immigrationReasons: IMMIGRATION_REASONS,
    degreeRecognitions: DEGREE_RECOGNITIONS,
    norwegianLevels: NORWEGIAN_LEVELS,
    tracks: TRACKS,
    mentorGenderPreferences: MENTOR_GENDER_PREFERENCES,
    followUpKinds: FOLLOW_UP_KINDS,
    organisationKinds: ORGANISATION_KINDS,
    coordinators: listStaff(db).filter((s) => s.active).map((s) => ({ id: s.id, name: s.name })),
  };
}
