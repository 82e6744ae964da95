import { COUNTRIES, countryByName, type Country } from '../../reference/countries.ts';
import { foldName } from '../../reference/fold.ts';
import { fieldByName, FIELDS } from '../../reference/fields.ts';
import { MUNICIPALITIES, municipalitiesByName, municipalityByNumber, municipalityLabel, type Municipality } from '../../reference/municipalities.ts';
import { closest } from '../closest.ts';
import { fail, ok, type Cell, type Normalised } from '../types.ts';
import { cellText } from './words.ts';

let countryNames: [string, Country][] | null = null;
function allCountryNames(): [string, Country][] {
  countryNames ??= COUNTRIES.flatMap((c) => [[foldName(c.name), c] as [string, Country], [foldName(c.nameEn), c] as [string, Country]]);
  return countryNames;
}

/** Landbakgrunn: Norwegian or English name (folded, aliases), or an ISO alpha-2/alpha-3 code → alpha-2. Unknown names get the closest suggestion. */
export function normaliseCountry(cell: Cell): Normalised<string | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const country = countryByName(text);
  if (country) return ok(country.code);
  const suggestion = closest(foldName(text), allCountryNames());
  return fail('UNKNOWN_COUNTRY', { value: text.slice(0, 60) }, suggestion?.name);
}

let municipalityNames: [string, Municipality][] | null = null;
function allMunicipalityNames(): [string, Municipality][] {
  municipalityNames ??= MUNICIPALITIES.map((m) => [foldName(m.name), m]);
  return municipalityNames;
}

/**
 * Kommune: a 4-digit (or 3-digit, leading zero dropped) number, or a name ("Skien", "Våler (Innlandet)",
 * "4003 Skien"). A name two municipalities share needs the county; unknown names get the closest suggestion.
 */
export function normaliseMunicipality(cell: Cell): Normalised<string | null> {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  if (text === '') return ok(null);
  const numbered = /^(\d{3,4})(?:\s+(.*))?$/.exec(text);
  if (numbered) {
    const byNumber = municipalityByNumber(numbered[1]!);
    if (byNumber) return ok(byNumber.number);
    if (!numbered[2]) return fail('UNKNOWN_MUNICIPALITY', { value: text.slice(0, 60) });
  }
  const name = numbered?.[2] ?? text.replace(/\s+kommune$/i, '');
  const found = municipalitiesByName(name);
  if (found.length === 1) return ok(found[0]!.number);
  if (found.length > 1) return fail('AMBIGUOUS_MUNICIPALITY', { value: text.slice(0, 60), options: found.map(municipalityLabel).join(', ') });
  const suggestion = closest(foldName(name), allMunicipalityNames());
  return fail('UNKNOWN_MUNICIPALITY', { value: text.slice(0, 60) }, suggestion ? municipalityLabel(suggestion) : undefined);
}

const FIELD_WORDS: [RegExp, string][] = [
  [/\b(it|ikt|data\w*|ingenior\w*|engineer\w*|teknolog\w*|utvikler|developer|software|elektro\w*|maskin\w*|bygg\w*)\b/, 'engineering_technology_it'],
  [/\b(lege|sykepleie\w*|helse\w*|medisin\w*|tannlege|farmasi\w*|nurse|doctor|health\w*|fysioterap\w*)\b/, 'medicine_health'],
  [/\b(okonomi\w*|regnskap\w*|finans\w*|administrasjon|accounting|finance|economics|business)\b/, 'economics_administration'],
  [/\b(laerer|pedagog\w*|undervisning|forsk\w*|teacher|education|research\w*)\b/, 'education_research'],
  [/\b(biolog\w*|kjemi\w*|chemist\w*|biology|laborator\w*)\b/, 'biology_chemistry'],
  [/\b(jus|juss|jurist|advokat|sosiolog\w*|statsvit\w*|samfunn\w*|law|social)\b/, 'social_sciences'],
  [/\b(markedsforing|kommunikasjon|journalist\w*|marketing|communication|media)\b/, 'communication_marketing'],
  [/\b(ledelse|leder|hr|management|organisasjon\w*)\b/, 'organisation_management'],
  [/\b(sprak|oversett\w*|tolk|litteratur|filosofi|translator|interpreter|language\w*)\b/, 'language_literature_philosophy'],
  [/\b(handverk\w*|fagbrev|snekker|elektriker|rorlegger|frisor|kokk|sveiser|mekaniker|carpenter|electrician|plumber|chef|welder)\b/, 'crafts_trades'],
];

/** Fagfelt: the field's name or code (fields.json), else a common profession word; unknown values get the closest name. */
export function normaliseField(cell: Cell): Normalised<string | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const field = fieldByName(text);
  if (field) return ok(field.code);
  const folded = foldName(text);
  for (const [pattern, code] of FIELD_WORDS) if (pattern.test(folded)) return ok(code);
  const suggestion = closest(folded, FIELDS.flatMap((f) => [[foldName(f.name), f] as const, [foldName(f.nameEn), f] as const]));
  return fail('UNKNOWN_FIELD', { value: text.slice(0, 60) }, suggestion?.name);
}
