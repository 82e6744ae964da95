import type { NorwegianLevel } from '../../../db/schema/index.ts';
import type { Criterion, CriterionResult } from '../types.ts';

/** Norwegian itself (and its written forms) is assumed shared, so it does not count. */
const NORWEGIAN = new Set(['no', 'nb', 'nn', 'nor', 'nob', 'nno']);
/** Where a shared language carries the mentoring: A1–B1. */
export const WEAK_NORWEGIAN: readonly NorwegianLevel[] = ['A1', 'A2', 'B1'];
/** How much more shared languages weigh for a participant with weak Norwegian. */
export const WEAK_NORWEGIAN_FACTOR = 2;

/**
 * Languages besides Norwegian that both speak: one shared language 0.75, two or more 1. The weight
 * doubles when the participant's Norwegian is A1–B1, where a shared language carries the talks.
 */
export const languagesCriterion: Criterion = (p, m, names): CriterionResult => {
  const mentor = new Set(m.languages.map((l) => l.toLowerCase()));
  const shared = [...new Set(p.languages.map((l) => l.toLowerCase()))].filter((l) => !NORWEGIAN.has(l) && mentor.has(l));
  const weak = p.norwegianLevel !== null && WEAK_NORWEGIAN.includes(p.norwegianLevel);
  const weightFactor = weak ? WEAK_NORWEGIAN_FACTOR : 1;
  if (shared.length === 0) {
    const key = weak ? 'languages.noneWeakNorwegian' : 'languages.none';
    return { criterion: 'languages', points: 0, met: false, weightFactor, explanation: { key, params: weak ? { level: p.norwegianLevel! } : {} } };
  }
  const params: Record<string, string> = { languages: names.list(shared.map((l) => names.language(l))) };
  if (weak) params.level = p.norwegianLevel!;
  return {
    criterion: 'languages',
    points: shared.length >= 2 ? 1 : 0.75,
    met: true,
    weightFactor,
    explanation: { key: weak ? 'languages.sharedWeakNorwegian' : 'languages.shared', params },
  };
};
