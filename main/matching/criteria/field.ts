import type { Criterion, CriterionResult } from '../types.ts';

/** Same fagfelt ("ingeniør mot ingeniør"): 1 when the fields agree, else 0. */
export const fieldCriterion: Criterion = (p, m, names): CriterionResult => {
  if (!p.field || !m.field) {
    return { criterion: 'field', points: 0, met: false, explanation: { key: 'field.unknown', params: {} } };
  }
  if (p.field === m.field) {
    return { criterion: 'field', points: 1, met: true, explanation: { key: 'field.same', params: { field: names.field(p.field) } } };
  }
  return {
    criterion: 'field',
    points: 0,
    met: false,
    explanation: { key: 'field.different', params: { participantField: names.field(p.field), mentorField: names.field(m.field) } },
  };
};
