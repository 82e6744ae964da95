import { countries } from 'countries-list';

/** Continents in Norwegian (verdensdel), for a country when the country itself says too much. */
const CONTINENT_NAMES: Record<string, string> = {
  AF: 'Afrika',
  AS: 'Asia',
  EU: 'Europa',
  NA: 'Nord- og Mellom-Amerika',
  SA: 'Sør-Amerika',
  OC: 'Oseania',
  AN: 'Antarktis',
};

/** The world region (continent) of an ISO 3166 alpha-2 code, in Norwegian; null when unknown. */
export function worldRegion(countryCode: string): string | null {
  const continent = (countries as Record<string, { continent: string } | undefined>)[countryCode.toUpperCase()]?.continent;
  return continent ? (CONTINENT_NAMES[continent] ?? null) : null;
}
