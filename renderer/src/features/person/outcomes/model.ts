import { EMPLOYED_OUTCOMES, isEmployed, OUTCOME_TIMEPOINTS, type OutcomeCategory, type OutcomeTimepoint } from '../../../../../shared/outcomes.ts';

/** Outcome values the backend accepts, in the order staff choose from (shared/outcomes.ts). */
export { OUTCOME_CATEGORIES, OUTCOME_TIMEPOINTS, type OutcomeCategory, type OutcomeTimepoint } from '../../../../../shared/outcomes.ts';

/** Categories funders count as "fått jobb". */
export const EMPLOYED: readonly OutcomeCategory[] = EMPLOYED_OUTCOMES;

/** Employer makes sense for a job, a placement or an apprenticeship. */
export function takesEmployer(category: OutcomeCategory): boolean {
  return isEmployed(category) || category === 'placement' || category === 'apprenticeship';
}

/** The first timepoint without an outcome (what staff most likely record next), else exit. */
export function nextTimepoint(recorded: readonly { timepoint: string }[]): OutcomeTimepoint {
  return OUTCOME_TIMEPOINTS.find((timepoint) => !recorded.some((row) => row.timepoint === timepoint)) ?? 'exit';
}
