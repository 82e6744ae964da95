import { z } from 'zod';
import { EDUCATION_LEVELS, GENDERS } from '../../db/schema/person-values.ts';
import { birthYear, email, entityId, fieldCode, languageCodes, municipalityNumber, optionalPersonName, optionalText, pastOrToday, personName, phone } from './value-schemas.ts';

const editable = {
  firstName: personName,
  lastName: optionalPersonName,
  email,
  phone,
  birthYear,
  gender: z.enum(GENDERS),
  /** Employer (an organisation). */
  organisationId: entityId.nullable(),
  jobTitle: optionalText(200),
  field: fieldCode,
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  yearsOfExperience: z.number().int().min(0).max(70).nullable(),
  languages: languageCodes,
  municipalityNumber,
  capacity: z.number().int().min(0).max(20),
  availability: optionalText(500),
  active: z.boolean(),
  preferences: optionalText(2000),
  notes: optionalText(10_000),
};

export const mentorCreateSchema = z
  .object(editable)
  .partial()
  .extend({ firstName: personName, registeredOn: pastOrToday.optional() })
  .strict();

export const mentorChangesSchema = z.object(editable).partial().strict();

export type MentorCreate = z.output<typeof mentorCreateSchema>;
export type MentorChanges = z.output<typeof mentorChangesSchema>;
