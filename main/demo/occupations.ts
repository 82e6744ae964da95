import type { EducationLevel } from '../../db/schema/index.ts';

/** Demo field shares among participants (fagfelt code → weight). */
export const FIELD_WEIGHTS: readonly (readonly [string, number])[] = [
  ['engineering_technology_it', 22],
  ['economics_administration', 16],
  ['medicine_health', 14],
  ['education_research', 9],
  ['social_sciences', 8],
  ['crafts_trades', 9],
  ['biology_chemistry', 5],
  ['language_literature_philosophy', 5],
  ['communication_marketing', 4],
  ['organisation_management', 4],
  ['other', 4],
];

/** Job titles per field: a participant's desired occupation, a mentor's job title. */
export const OCCUPATIONS: Readonly<Record<string, readonly string[]>> = {
  engineering_technology_it: ['Sivilingeniør', 'Dataingeniør', 'Systemutvikler', 'Elektroingeniør', 'Prosessingeniør', 'Maskiningeniør', 'IT-konsulent', 'Byggingeniør', 'Nettverksingeniør'],
  economics_administration: ['Regnskapsfører', 'Økonom', 'Controller', 'Revisor', 'Innkjøper', 'Lønnskonsulent', 'Saksbehandler'],
  medicine_health: ['Lege', 'Sykepleier', 'Tannlege', 'Farmasøyt', 'Fysioterapeut', 'Bioingeniør', 'Helsefagarbeider', 'Jordmor'],
  biology_chemistry: ['Kjemiker', 'Laboratorieingeniør', 'Biolog', 'Prosesskjemiker', 'Miljørådgiver'],
  language_literature_philosophy: ['Tolk', 'Oversetter', 'Språklærer', 'Bibliotekar'],
  communication_marketing: ['Markedsfører', 'Kommunikasjonsrådgiver', 'Grafisk designer', 'Journalist'],
  organisation_management: ['Prosjektleder', 'HR-rådgiver', 'Avdelingsleder', 'Daglig leder'],
  education_research: ['Lærer', 'Barnehagelærer', 'Forsker', 'Rådgiver i skolen', 'Lektor'],
  social_sciences: ['Samfunnsøkonom', 'Sosionom', 'Jurist', 'Rådgiver', 'Barnevernspedagog'],
  crafts_trades: ['Elektriker', 'Rørlegger', 'Tømrer', 'Sveiser', 'Bilmekaniker', 'Kokk', 'Frisør', 'Industrimekaniker'],
  other: ['Arkitekt', 'Agronom', 'Sjåfør', 'Logistikkmedarbeider'],
};

/** Education level by field. */
export function educationWeights(field: string): readonly (readonly [EducationLevel, number])[] {
  if (field === 'crafts_trades') return [['trade_certificate', 70], ['upper_secondary', 25], ['bachelor', 5]];
  if (field === 'medicine_health') return [['bachelor', 45], ['master', 35], ['phd', 5], ['upper_secondary', 10], ['trade_certificate', 5]];
  return [['bachelor', 45], ['master', 38], ['phd', 5], ['upper_secondary', 7], ['other', 5]];
}

export const PARTNER_SECTORS: readonly string[] = [
  'engineering_technology_it',
  'economics_administration',
  'medicine_health',
  'education_research',
  'crafts_trades',
  'biology_chemistry',
  'organisation_management',
  'communication_marketing',
  'social_sciences',
];

export const MEETING_TOPICS: readonly string[] = [
  'CV og søknad',
  'Jobbintervju',
  'Faglig nettverk',
  'Norsk arbeidskultur',
  'Godkjenning av utdanning',
  'Norsk på jobb',
  'LinkedIn-profil',
  'Bedriftsbesøk',
  'Praksisplass',
  'Videre utdanning',
];

export const DROPOUT_REASONS: readonly string[] = [
  'Fikk jobb før kobling',
  'Flyttet fra kommunen',
  'Startet på utdanning',
  'Helse og familie',
  'Tidsklemme',
  'Ønsket ikke å fortsette',
  'Ikke mulig å nå',
];

export const NOT_A_FIT_REASONS: readonly string[] = [
  'Ulike forventninger',
  'Faglig for langt fra hverandre',
  'Vanskelig å finne tid',
  'Kjemien stemte ikke',
];

export const FOLLOW_UP_NOTES: readonly string[] = [
  'Gikk gjennom CV',
  'Avtalt neste steg med NAV',
  'Status på koblingen: bra',
  'Trenger hjelp med NOKUT-søknad',
  'Påminnelse om nettverkstreff',
  'Snakket om praksisplass',
  'Oppfølging etter intervju',
  'Sjekket motivasjon og mål',
];
