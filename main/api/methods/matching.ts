/** Matching: weights, suggestions, whole-cohort plans, the solver alone (main/api/handlers/matching.ts). */
export const MATCHING_METHODS = ['matching.getWeights', 'matching.setWeights', 'matching.suggest', 'matching.plan', 'matching.solve'] as const;
