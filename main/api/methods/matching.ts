/** Matching: weights, suggestions, whole-cohort plans, the solver alone, the match lifecycle (main/api/handlers/matching.ts). */
export const MATCHING_METHODS = [
  'matching.getWeights',
  'matching.setWeights',
  'matching.suggest',
  'matching.plan',
  'matching.solve',
  'matching.accept',
  'matching.decline',
  'matching.confirm',
  'matching.notAFit',
  'matching.end',
  'matching.addMeeting',
  'matching.bookIntroMeeting',
  'matching.update',
  'matching.meetings',
  'matching.list',
] as const;
