import { foldForSearch } from '../../search/fold.ts';
import type { Criterion, CriterionResult } from '../types.ts';

const foldCache = new Map<string, string>();

/** foldForSearch, remembered: the same employers and interests come back for every participant. */
function folded(text: string): string {
  let value = foldCache.get(text);
  if (value === undefined) {
    value = foldForSearch(text);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(text, value);
  }
  return value;
}

/**
 * Interest in the mentor's company or sector. participants.interests holds field codes (a sector)
 * or free words (a company name). The company named 1; the employer's sector 0.8. No interests
 * stated: nothing to miss, 1. Interests that do not meet the employer: 0.
 */
export const interestsCriterion: Criterion = (p, m, names): CriterionResult => {
  const interests = p.interests.map((i) => i.trim()).filter(Boolean);
  if (interests.length === 0) return { criterion: 'interests', points: 1, met: true, explanation: { key: 'interests.none', params: {} } };
  const employer = m.employerName?.trim() ? ` ${folded(m.employerName)} ` : '';
  if (employer.trim()) {
    for (const interest of interests) {
      const word = folded(interest);
      if (word.length >= 2 && employer.includes(` ${word} `)) {
        return { criterion: 'interests', points: 1, met: true, explanation: { key: 'interests.company', params: { company: m.employerName!.trim() } } };
      }
    }
  }
  if (m.employerSector && interests.includes(m.employerSector)) {
    return { criterion: 'interests', points: 0.8, met: true, explanation: { key: 'interests.sector', params: { sector: names.field(m.employerSector) } } };
  }
  return {
    criterion: 'interests',
    points: 0,
    met: false,
    explanation: { key: 'interests.notMet', params: { interests: names.list(interests.map((i) => names.field(i))) } },
  };
};
