import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };
import { countyByNumber, countyOf, fieldName, municipalityByNumber, municipalityLabel } from '../reference/index.ts';
import type { Namer } from './types.ts';

export type MatchingLanguage = 'nb' | 'en';

type Values = { gender?: Record<string, string>; educationLevel?: Record<string, string> };

function valuesOf(language: MatchingLanguage): Values {
  const locale = (language === 'en' ? en : nb) as { person?: { values?: Values } };
  return locale.person?.values ?? {};
}

const cache = new Map<MatchingLanguage, Namer>();

/** Display names for explanations: fields, languages (Intl), municipalities and counties, values from the locale. */
export function namesFor(language: MatchingLanguage = 'nb'): Namer {
  const cached = cache.get(language);
  if (cached) return cached;
  const display = new Intl.DisplayNames([language === 'en' ? 'en' : 'nb'], { type: 'language', fallback: 'code' });
  const values = valuesOf(language);
  const lower = (text: string) => (language === 'nb' ? text.toLocaleLowerCase('nb') : text.toLowerCase());
  const namer: Namer = {
    field: (code) => fieldName(code, language),
    language: (code) => {
      try {
        return display.of(code) ?? code;
      } catch {
        return code;
      }
    },
    municipality: (number) => {
      const m = municipalityByNumber(number);
      return m ? municipalityLabel(m) : number;
    },
    county: (number) => countyByNumber(number)?.name ?? countyOf(number)?.name ?? number,
    gender: (value) => lower(values.gender?.[value] ?? value),
    educationLevel: (value) => lower(values.educationLevel?.[value] ?? value),
    list: (items) => items.join(', '),
  };
  cache.set(language, namer);
  return namer;
}
