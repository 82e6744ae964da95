import countryData from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nb from 'i18n-iso-countries/langs/nb.json' with { type: 'json' };
import { foldName } from './fold.ts';

countryData.registerLocale(nb);
countryData.registerLocale(en);

/** A country with its ISO 3166-1 alpha-2 code (what the database stores) and Norwegian name. */
export type Country = { readonly code: string; readonly name: string; readonly nameEn: string };

const nbNames = countryData.getNames('nb', { select: 'official' });
const enNames = countryData.getNames('en', { select: 'official' });

/** Every country, sorted by its Norwegian name (æ, ø, å last). */
export const COUNTRIES: readonly Country[] = Object.keys(nbNames)
  .map((code) => ({ code, name: nbNames[code] ?? code, nameEn: enNames[code] ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name, 'nb'));

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
const byName = new Map<string, Country>();
for (const [language, names] of [
  ['nb', countryData.getNames('nb', { select: 'all' })],
  ['en', countryData.getNames('en', { select: 'all' })],
] as const) {
  for (const [code, list] of Object.entries(names)) {
    const country = byCode.get(code);
    if (!country) continue;
    for (const name of list) {
      const key = foldName(name);
      // Norwegian names win over English ones that fold the same.
      if (!byName.has(key) || language === 'nb') byName.set(key, country);
    }
  }
}

export function countryByCode(code: string): Country | undefined {
  const trimmed = code.trim().toUpperCase();
  if (trimmed.length === 3) {
    const alpha2 = countryData.alpha3ToAlpha2(trimmed);
    return alpha2 ? byCode.get(alpha2) : undefined;
  }
  return byCode.get(trimmed);
}

/** Norwegian name of an alpha-2 code; the code itself when unknown. */
export function countryName(code: string, language: 'nb' | 'en' = 'nb'): string {
  const country = byCode.get(code);
  if (!country) return code;
  return language === 'en' ? country.nameEn : country.name;
}

/** Finds a country by Norwegian or English name (folded, aliases included) or by alpha-2/alpha-3 code. */
export function countryByName(value: string): Country | undefined {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2,3}$/.test(trimmed)) {
    const byIso = countryByCode(trimmed);
    if (byIso) return byIso;
  }
  return byName.get(foldName(trimmed));
}
