import { z } from 'zod';
import { countryByCode } from '../reference/countries.ts';
import { municipalityByNumber } from '../reference/municipalities.ts';
import { isoDate } from '../calendar/iso-date.ts';
import { osloToday, osloYear } from '../../shared/oslo-day.ts';
import { visibleText } from '../reference/visible-text.ts';

/** zod schemas for single values shared by participants, mentors and organisations. */

/** Free text; an empty or blank value is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));

/** A name as typed: invisible and bidi control characters removed, NFC (main/reference/visible-text.ts). */
const visible = z.string().transform((v) => visibleText(v));
export const personName = visible.pipe(z.string().trim().min(1, 'Name is required').max(100));
/** A last name may be empty (one-name people). */
export const optionalPersonName = visible.pipe(z.string().trim().max(100));

export { isoDate };

/** A date that is today or earlier (the Oslo day when the input is checked). */
export const pastOrToday = isoDate.refine((v) => v <= osloToday(), 'The date cannot be in the future');

export const email = z
  .string()
  .trim()
  .max(254)
  .nullable()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.email().safeParse(v).success, 'Invalid e-mail address');

/** Phone numbers as people write them: +47 or not, spaces, dashes, parentheses. */
export const phone = z
  .string()
  .trim()
  .max(40)
  .nullable()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^\+?[0-9][0-9 ().-]{2,38}$/.test(v), 'Invalid phone number');

const yearUpToNow = (min: number) =>
  z
    .number()
    .int()
    .min(min)
    .refine((v) => v <= osloYear(), 'The year cannot be in the future')
    .nullable();

export const birthYear = yearUpToNow(1920);
export const arrivalYear = yearUpToNow(1940);

/** ISO 3166-1 alpha-2 (alpha-3 accepted and stored as alpha-2). */
export const countryCode = z
  .string()
  .trim()
  .refine((v) => countryByCode(v) !== undefined, 'Unknown country code')
  .transform((v) => countryByCode(v)!.code)
  .nullable();

/** Kommunenummer of today's municipalities ('301' is read as '0301'). */
export const municipalityNumber = z
  .string()
  .trim()
  .refine((v) => municipalityByNumber(v) !== undefined, 'Unknown municipality number')
  .transform((v) => municipalityByNumber(v)!.number)
  .nullable();

/** A field code: a shipped one (resources/fields.json) or an office's own (checked against the programme). */
export const fieldCode = z.string().trim().min(1).max(100).nullable();

/** ISO 639 language codes ('ar', 'ti', 'uk', 'prs'). */
export const languageCodes = z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, 'Expected an ISO 639 code')).max(30);

export const entityId = z.string().min(1).max(100);
