import type { Criterion, CriterionResult } from '../types.ts';

/** The participant's wish for the mentor's gender: no wish, or the wish met, 1; otherwise 0. */
export const genderCriterion: Criterion = (p, m, names): CriterionResult => {
  const wish = p.mentorGenderPreference;
  if (!wish || wish === 'none') return { criterion: 'gender', points: 1, met: true, explanation: { key: 'gender.noPreference', params: {} } };
  if (m.gender === wish) return { criterion: 'gender', points: 1, met: true, explanation: { key: 'gender.asWished', params: { gender: names.gender(wish) } } };
  if (m.gender === 'unknown') return { criterion: 'gender', points: 0, met: false, explanation: { key: 'gender.unknown', params: { wished: names.gender(wish) } } };
  return { criterion: 'gender', points: 0, met: false, explanation: { key: 'gender.notAsWished', params: { wished: names.gender(wish), gender: names.gender(m.gender) } } };
};
