import { z } from 'zod';
import {
  DEGREE_RECOGNITIONS,
  EDUCATION_LEVELS,
  GENDERS,
  IMMIGRATION_REASONS,
  MENTOR_GENDER_PREFERENCES,
  NORWEGIAN_LEVELS,
  TRACKS,
} from '../../db/schema/person-values.ts';
import {
  arrivalYear,
  optionalPersonName,
  birthYear,
  countryCode,
  email,
  entityId,
  fieldCode,
  isoDate,
  languageCodes,
  municipalityNumber,
  optionalText,
  pastOrToday,
  personName,
  phone,
} from './value-schemas.ts';

/** Every participant field a coordinator edits (the stage moves only through pipeline.move). */
const editable = {
  firstName: personName,
  lastName: optionalPersonName,
  email,
  phone,
  birthYear,
  gender: z.enum(GENDERS),
  countryOfBackground: countryCode,
  municipalityNumber,
  immigrationReason: z.enum(IMMIGRATION_REASONS).nullable(),
  arrivalYear,
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  educationCountry: countryCode,
  degreeRecognition: z.enum(DEGREE_RECOGNITIONS).nullable(),
  field: fieldCode,
  desiredOccupation: optionalText(200),
  norwegianLevel: z.enum(NORWEGIAN_LEVELS).nullable(),
  languages: languageCodes,
  interests: z.array(z.string().trim().min(1).max(100)).max(30),
  navOfficeId: entityId.nullable(),
  navAdvisor: optionalText(200),
  track: z.enum(TRACKS),
  cohortId: entityId.nullable(),
  coordinatorId: entityId.nullable(),
  mentorGenderPreference: z.enum(MENTOR_GENDER_PREFERENCES).nullable(),
  nextAction: optionalText(500),
  nextActionOn: isoDate.nullable(),
  notes: optionalText(10_000),
};

/** people.create: a first name is required; the rest may be left out. registeredOn defaults to today. */
export const participantCreateSchema = z
  .object(editable)
  .partial()
  .extend({ firstName: personName, registeredOn: pastOrToday.optional() })
  .strict();

/** people.update's `changes`: any editable field; null clears it. */
export const participantChangesSchema = z.object(editable).partial().strict();

export type ParticipantCreate = z.output<typeof participantCreateSchema>;
export type ParticipantChanges = z.output<typeof participantChangesSchema>;
