/** Placement (praksis) values, for both sides: db/schema/placements.ts stores them, the renderer's placement form offers them. */

export const PLACEMENT_STATUSES = ['planned', 'active', 'completed', 'ended_early', 'cancelled'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/**
 * Livsopphold during the placement: introduksjonsstønad, tiltakspenger, arbeidsavklaringspenger,
 * dagpenger, kvalifiseringsstønad, økonomisk sosialhjelp, lønn, ingen, annet.
 */
export const LIVELIHOODS = [
  'introduction_benefit',
  'measures_benefit',
  'work_assessment_allowance',
  'unemployment_benefit',
  'qualification_benefit',
  'social_assistance',
  'salary',
  'none',
  'other',
] as const;
export type Livelihood = (typeof LIVELIHOODS)[number];
