import type { Gender } from '../../../db/schema/person-values.ts';
import { wordTable } from './words.ts';

/** Kjønn: K/kvinne/F/female …, M/mann/male …, annet/other, ukjent/unknown; empty is 'unknown'. */
export const normaliseGender = wordTable<Gender>(
  'UNKNOWN_GENDER',
  {
    female: ['K', 'kvinne', 'kvinnelig', 'kv', 'dame', 'jente', 'F', 'female', 'woman', 'w', 'f.', 'hun'],
    male: ['M', 'mann', 'mannlig', 'gutt', 'male', 'man', 'han'],
    other: ['annet', 'annen', 'ikke-binær', 'ikke binær', 'X', 'other', 'non-binary', 'nonbinary', 'diverse', 'hen'],
    unknown: ['ukjent', 'vil ikke oppgi', 'ikke oppgitt', 'uoppgitt', 'unknown', 'prefer not to say', '-', '?'],
  },
  'unknown',
);
