import type { NorwegianLevel } from '../../../db/schema/person-values.ts';
import { foldName } from '../../reference/fold.ts';
import { fail, ok, type Cell, type Normalised } from '../types.ts';
import { cellText } from './words.ts';

const WORDS: Record<string, NorwegianLevel> = {
  nybegynner: 'A1', beginner: 'A1', grunnleggende: 'A2', basic: 'A2', middels: 'B1', intermediate: 'B1',
  god: 'B2', godt: 'B2', good: 'B2', 'meget god': 'C1', 'svaert god': 'C1', flytende: 'C1', fluent: 'C1', advanced: 'C1',
  morsmal: 'C2', 'native': 'C2', 'native speaker': 'C2',
};

/**
 * Norsknivå as a CEFR level: "B1", "b2", "B1+", "Norsk B2", "nivå A2", "A2/B1" (the lower of two:
 * what the person has shown), "A2-B1"; a few words (nybegynner, flytende, morsmål).
 */
export function normaliseNorwegianLevel(cell: Cell): Normalised<NorwegianLevel | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const match = /(?:^|[^a-z])([abc])\s?([12])(?![0-9])/i.exec(text);
  if (match) return ok(`${match[1]!.toUpperCase()}${match[2]}` as NorwegianLevel);
  const word = WORDS[foldName(text)];
  return word ? ok(word) : fail('UNKNOWN_NORWEGIAN_LEVEL', { value: text.slice(0, 50) });
}
