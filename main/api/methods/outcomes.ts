/** Outcomes at exit, 3 and 6 months (handlers in main/api/handlers/outcomes.ts). */
export const OUTCOME_METHODS = [
  'outcomes.list',
  'outcomes.record',
  'outcomes.remove',
  'outcomes.due',
] as const;
