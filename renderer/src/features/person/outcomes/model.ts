/** Outcome values the backend accepts (db/schema/outcomes.ts), in the order staff choose from. */
export const OUTCOME_TIMEPOINTS = ['exit', '3m', '6m'] as const;
export type OutcomeTimepoint = (typeof OUTCOME_TIMEPOINTS)[number];

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

/** Categories funders count as "fått jobb". */
export const EMPLOYED: readonly OutcomeCategory[] = ['fast_relevant', 'fast_other', 'temporary'];

/** Employer makes sense for a job, a placement or an apprenticeship. */
export function takesEmployer(category: OutcomeCategory): boolean {
  return EMPLOYED.includes(category) || category === 'placement' || category === 'apprenticeship';
}

/** The first timepoint without an outcome (what staff most likely record next), else exit. */
export function nextTimepoint(recorded: readonly { timepoint: string }[]): OutcomeTimepoint {
  return OUTCOME_TIMEPOINTS.find((timepoint) => !recorded.some((row) => row.timepoint === timepoint)) ?? 'exit';
}
