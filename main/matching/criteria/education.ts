import type { EducationLevel } from '../../../db/schema/index.ts';
import type { Criterion, CriterionResult } from '../types.ts';

/** Rank of each level; "other" has none. Fagbrev and videregående are one step, beside each other. */
const RANK: Record<EducationLevel, number | null> = { upper_secondary: 1, trade_certificate: 1, bachelor: 2, master: 3, phd: 4, other: null };

/**
 * Education level: the same level 1; a mentor one or more steps above 0.7 (they have walked the
 * road); fagbrev beside videregående 0.5; a mentor below 0.3 for one step, else 0. Met when the
 * mentor's level is the same or higher.
 */
export const educationCriterion: Criterion = (p, m, names): CriterionResult => {
  const pr = p.educationLevel ? RANK[p.educationLevel] : null;
  const mr = m.educationLevel ? RANK[m.educationLevel] : null;
  if (!p.educationLevel || !m.educationLevel || pr === null || mr === null) {
    if (p.educationLevel && p.educationLevel === m.educationLevel) {
      return { criterion: 'education', points: 1, met: true, explanation: { key: 'education.same', params: { level: names.educationLevel(p.educationLevel) } } };
    }
    return { criterion: 'education', points: 0, met: false, explanation: { key: 'education.unknown', params: {} } };
  }
  const params = { participantLevel: names.educationLevel(p.educationLevel), mentorLevel: names.educationLevel(m.educationLevel) };
  if (p.educationLevel === m.educationLevel) {
    return { criterion: 'education', points: 1, met: true, explanation: { key: 'education.same', params: { level: params.participantLevel } } };
  }
  if (mr === pr) return { criterion: 'education', points: 0.5, met: true, explanation: { key: 'education.beside', params } };
  if (mr > pr) return { criterion: 'education', points: 0.7, met: true, explanation: { key: 'education.higher', params } };
  return { criterion: 'education', points: pr - mr === 1 ? 0.3 : 0, met: false, explanation: { key: 'education.lower', params } };
};
