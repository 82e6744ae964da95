import countiesJson from '../../resources/counties.json' with { type: 'json' };
import municipalitiesJson from '../../resources/municipalities.json' with { type: 'json' };
import { foldName } from './fold.ts';

/** A county (fylke) from 1 January 2024. */
export type County = { readonly number: string; readonly name: string };

/** A municipality (kommune) from 1 January 2024; `number` is the 4-digit kommunenummer. */
export type Municipality = {
  readonly number: string;
  readonly name: string;
  readonly countyNumber: string;
  /** Official Sami/Kven parallel names, where known. */
  readonly altNames?: readonly string[];
};

export const COUNTIES: readonly County[] = countiesJson;
export const MUNICIPALITIES: readonly Municipality[] = municipalitiesJson;

const byNumber = new Map(MUNICIPALITIES.map((m) => [m.number, m]));
const countyByNumberMap = new Map(COUNTIES.map((c) => [c.number, c]));
const byFoldedName = new Map<string, Municipality[]>();
for (const m of MUNICIPALITIES) {
  for (const name of [m.name, ...(m.altNames ?? [])]) {
    const key = foldName(name);
    const list = byFoldedName.get(key) ?? [];
    if (!list.includes(m)) list.push(m);
    byFoldedName.set(key, list);
  }
}

/** Accepts '4003', 4003 or '403' for 0403-style numbers written without the leading zero. */
export function normaliseMunicipalityNumber(value: string | number): string {
  const digits = String(value).trim();
  return /^\d{3}$/.test(digits) ? `0${digits}` : digits;
}

export function municipalityByNumber(value: string | number): Municipality | undefined {
  return byNumber.get(normaliseMunicipalityNumber(value));
}

export function countyByNumber(countyNumber: string): County | undefined {
  return countyByNumberMap.get(countyNumber.padStart(2, '0'));
}

/** The county a municipality belongs to. */
export function countyOf(municipalityNumber: string | number): County | undefined {
  const m = municipalityByNumber(municipalityNumber);
  return m ? countyByNumberMap.get(m.countyNumber) : undefined;
}

export function municipalitiesInCounty(countyNumber: string): Municipality[] {
  const wanted = countyNumber.padStart(2, '0');
  return MUNICIPALITIES.filter((m) => m.countyNumber === wanted);
}

/**
 * Municipalities whose name (or parallel name) matches, folded ("Kåfjord" = "kafjord").
 * More than one when a name exists twice (Herøy, Våler): a qualifier such as
 * "Våler (Innlandet)" or "Våler i Østfold" picks one.
 */
export function municipalitiesByName(value: string): Municipality[] {
  const qualified = /^(.*?)\s*(?:\((.+)\)|\bi\s+(.+))$/.exec(value.trim());
  if (qualified?.[1]) {
    const countyName = foldName(qualified[2] ?? qualified[3] ?? '');
    const candidates = byFoldedName.get(foldName(qualified[1])) ?? [];
    const inCounty = candidates.filter((m) => foldName(countyByNumberMap.get(m.countyNumber)?.name ?? '') === countyName);
    if (inCounty.length > 0) return inCounty;
  }
  return [...(byFoldedName.get(foldName(value)) ?? [])];
}

/** Display name, with the county when the name is not unique ("Herøy (Nordland)"). */
export function municipalityLabel(m: Municipality): string {
  const sameName = byFoldedName.get(foldName(m.name)) ?? [];
  if (sameName.length < 2) return m.name;
  return `${m.name} (${countyByNumberMap.get(m.countyNumber)?.name ?? m.countyNumber})`;
}
