/**
 * Outcome and progression values both sides need: the backend stores and counts them (db/schema/outcomes.ts,
 * main/reports/funder), the renderer lists them in forms and charts. shared/ imports nothing.
 */

/** At exit, and 3 and 6 months after. */
export const OUTCOME_TIMEPOINTS = ['exit', '3m', '6m'] as const;
export type OutcomeTimepoint = (typeof OUTCOME_TIMEPOINTS)[number];

/**
 * fast jobb relevant for utdanning / annen fast jobb, midlertidig jobb, praksis, lærlingplass,
 * utdanning, arbeidssøkende, avbrutt, annet, ukjent; in the order staff choose from.
 */
export const OUTCOME_CATEGORIES = [
  'fast_relevant',
  'fast_other',
  'temporary',
  'placement',
  'apprenticeship',
  'education',
  'job_seeking',
  'dropped_out',
  'other',
  'unknown',
] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

/** Categories that count as "fått jobb" in funder reports and on the dashboard. */
export const EMPLOYED_OUTCOMES = ['fast_relevant', 'fast_other', 'temporary'] as const satisfies readonly OutcomeCategory[];

/** The "fått jobb" rule: a permanent or a temporary job. */
export function isEmployed(category: OutcomeCategory): boolean {
  return (EMPLOYED_OUTCOMES as readonly OutcomeCategory[]).includes(category);
}

/** Progresjon is scored at the start, midway and at the end. */
export const PROGRESSION_TIMEPOINTS = ['start', 'mid', 'end'] as const;
export type ProgressionTimepoint = (typeof PROGRESSION_TIMEPOINTS)[number];
