import { z } from 'zod';

/** Calendar dates as 'YYYY-MM-DD' text, the form every `*_on` column holds. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The one zod check for a date input: a real calendar date as YYYY-MM-DD. */
export const isoDate = z.string().refine(isIsoDate, 'Expected a date as YYYY-MM-DD');
