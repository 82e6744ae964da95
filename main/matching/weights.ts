import { z } from 'zod';
import { CRITERIA, type CriterionId } from './types.ts';

/** One criterion's setting in Innstillinger: a weight 0–10 and a "must have" switch. */
export type CriterionWeight = { weight: number; mustHave: boolean };
export type MatchingWeights = Record<CriterionId, CriterionWeight>;

/** Field first ("ingeniør mot ingeniør"), then the occupation, languages and the participant's gender wish. */
export const DEFAULT_MATCHING_WEIGHTS: Readonly<MatchingWeights> = {
  field: { weight: 10, mustHave: false },
  occupation: { weight: 6, mustHave: false },
  education: { weight: 3, mustHave: false },
  languages: { weight: 5, mustHave: false },
  geography: { weight: 4, mustHave: false },
  capacity: { weight: 2, mustHave: false },
  gender: { weight: 5, mustHave: false },
  interests: { weight: 3, mustHave: false },
};

const weightSchema = z.number().min(0).max(10);

function criterionSchema(id: CriterionId) {
  const fallback = DEFAULT_MATCHING_WEIGHTS[id];
  return z
    .object({ weight: weightSchema.default(fallback.weight), mustHave: z.boolean().default(fallback.mustHave) })
    .default({ ...fallback });
}

/** Stored form: every criterion present, missing ones filled with the defaults. */
export const matchingWeightsSchema = z.object(Object.fromEntries(CRITERIA.map((id) => [id, criterionSchema(id)])) as {
  [K in CriterionId]: ReturnType<typeof criterionSchema>;
});

/** A change from Innstillinger: only the criteria (and parts) given. */
export const matchingWeightsChangeSchema = z
  .object(
    Object.fromEntries(CRITERIA.map((id) => [id, z.object({ weight: weightSchema.optional(), mustHave: z.boolean().optional() }).strict().optional()])) as {
      [K in CriterionId]: z.ZodOptional<z.ZodObject<{ weight: z.ZodOptional<typeof weightSchema>; mustHave: z.ZodOptional<z.ZodBoolean> }>>;
    },
  )
  .strict();
export type MatchingWeightsChange = z.infer<typeof matchingWeightsChangeSchema>;

export function applyWeightsChange(current: MatchingWeights, change: MatchingWeightsChange): MatchingWeights {
  const next = { ...current };
  for (const id of CRITERIA) {
    const c = change[id];
    if (c) next[id] = { weight: c.weight ?? current[id].weight, mustHave: c.mustHave ?? current[id].mustHave };
  }
  return next;
}
