import type { DegreeRecognition, EducationLevel, ImmigrationReason, Track } from '../../../db/schema/person-values.ts';
import { fail, ok, type Cell, type Normalised } from '../types.ts';
import { wordTable, cellText } from './words.ts';

/** Innvandringsgrunn: SSB codes or words (flukt, familie, arbeid, utdanning, annet, ukjent). */
export const normaliseImmigrationReason = wordTable<ImmigrationReason>('UNKNOWN_IMMIGRATION_REASON', {
  FLU: ['FLU', 'flukt', 'flyktning', 'asyl', 'asylsøker', 'overføringsflyktning', 'kvoteflyktning', 'refugee', 'asylum', 'midlertidig kollektiv beskyttelse', 'kollektiv beskyttelse'],
  FAM: ['FAM', 'familie', 'familiegjenforening', 'familieetablering', 'familieinnvandring', 'family', 'family reunification'],
  ARB: ['ARB', 'arbeid', 'arbeidsinnvandring', 'jobb', 'work', 'employment'],
  UTD: ['UTD', 'utdanning', 'studier', 'student', 'education', 'study', 'studies'],
  ANN: ['ANN', 'annet', 'annen', 'other'],
  UKJ: ['UKJ', 'ukjent', 'uoppgitt', 'unknown'],
});

/** NOKUT-godkjenning: ja / nei / søkt / ikke aktuelt. */
export const normaliseDegreeRecognition = wordTable<DegreeRecognition>('UNKNOWN_DEGREE_RECOGNITION', {
  yes: ['ja', 'yes', 'godkjent', 'approved', 'recognised', 'recognized', 'x'],
  no: ['nei', 'no', 'ikke godkjent', 'avslått', 'avslag', 'rejected'],
  applied: ['søkt', 'soknad sendt', 'under behandling', 'venter', 'applied', 'pending'],
  not_applicable: ['ikke aktuelt', 'ikke relevant', 'i/a', 'n/a', 'na', 'not applicable'],
});

/** Programme track: mentor, praksis/trainee, or both. */
export const normaliseTrack = wordTable<Track>('UNKNOWN_TRACK', {
  mentor: ['mentor', 'mentorordning', 'mentorprogram', 'mentoring'],
  placement: ['praksis', 'praksisplass', 'trainee', 'traineeordning', 'placement', 'internship'],
  both: ['begge', 'mentor og praksis', 'mentor + praksis', 'mentor/praksis', 'both'],
});

const EDUCATION: [RegExp, EducationLevel][] = [
  [/\b(phd|ph d|doktor\w*|dr philos|dr scient|doctorate|doctoral)\b/, 'phd'],
  [/\b(master\w*|mastergrad|cand \w+|siv ?ing|sivilingenior|msc|ma|mba|magister)\b/, 'master'],
  [/\b(bachelor\w*|bachelorgrad|bsc|ba|hogskole\w*|hoyskole\w*|universitet\w*|college|licenciatura|lisans|ingenior|undergraduate|degree)\b/, 'bachelor'],
  [/\b(fagbrev|svennebrev|yrkesfag\w*|fagskole|trade certificate|vocational|craft certificate|teknisk fagskole)\b/, 'trade_certificate'],
  [/\b(videregaende|vgs|vg[123]|gymnas\w*|high school|upper secondary|secondary school|studiespesialisering)\b/, 'upper_secondary'],
  [/\b(annet|annen|other|grunnskole|ingen|none|primary school)\b/, 'other'],
];

/** Utdanningsnivå in Norwegian or English words ("Mastergrad i økonomi", "BSc", "fagbrev elektro"), highest level first. */
export function normaliseEducationLevel(cell: Cell): Normalised<EducationLevel | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const folded = text
    .toLocaleLowerCase('nb')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replaceAll('æ', 'ae')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ');
  for (const [pattern, level] of EDUCATION) if (pattern.test(folded)) return ok(level);
  return fail('UNKNOWN_EDUCATION_LEVEL', { value: text.slice(0, 50) });
}
