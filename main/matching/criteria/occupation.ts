import { foldForSearch } from '../../search/fold.ts';
import type { Criterion, CriterionResult } from '../types.ts';

/** Words that say nothing about the occupation. */
const STOP_WORDS = new Set(['og', 'i', 'for', 'med', 'av', 'pa', 'til', 'en', 'et', 'the', 'of', 'and', 'in', 'senior', 'junior', 'assisterende']);

const wordCache = new Map<string, readonly string[]>();

/** The folded words of a title (Dataingeniør → ["dataingenior"]), stop words left out; cached, titles repeat. */
export function titleWords(title: string): readonly string[] {
  let words = wordCache.get(title);
  if (!words) {
    words = [...new Set(foldForSearch(title).split(' ').filter((w) => w.length > 1 && !STOP_WORDS.has(w)))];
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(title, words);
  }
  return words;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * How alike two folded words are: the same word 1; one inside the other (sykepleier /
 * intensivsykepleier) 0.8; a shared tail of six letters or more, the head of a Norwegian compound
 * (dataingeniør / elektroingeniør share "ingenior") 0.5; else 0.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.includes(short)) return 0.8;
  if (commonSuffix(a, b) >= 6) return 0.5;
  return 0;
}

/** Token overlap of two titles: each word of the desired occupation finds its best word in the job title; the mean. */
export function titleSimilarity(desired: string, jobTitle: string): number {
  const want = titleWords(desired);
  const have = titleWords(jobTitle);
  if (want.length === 0 || have.length === 0) return 0;
  let sum = 0;
  for (const w of want) {
    let best = 0;
    for (const h of have) best = Math.max(best, wordSimilarity(w, h));
    sum += best;
  }
  return sum / want.length;
}

/** The participant's desired occupation against the mentor's job title; met from 0.5 (a related title). */
export const occupationCriterion: Criterion = (p, m): CriterionResult => {
  if (!p.desiredOccupation?.trim() || !m.jobTitle?.trim()) {
    return { criterion: 'occupation', points: 0, met: false, explanation: { key: 'occupation.unknown', params: {} } };
  }
  const points = Math.round(titleSimilarity(p.desiredOccupation, m.jobTitle) * 100) / 100;
  const params = { desired: p.desiredOccupation.trim(), jobTitle: m.jobTitle.trim() };
  const key = points >= 1 ? 'occupation.same' : points >= 0.5 ? 'occupation.similar' : 'occupation.different';
  return { criterion: 'occupation', points, met: points >= 0.5, explanation: { key, params } };
};
