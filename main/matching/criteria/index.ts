import type { Criterion, CriterionId, MentorFacts } from '../types.ts';
import { capacityCriterion } from './capacity.ts';
import { educationCriterion } from './education.ts';
import { fieldCriterion } from './field.ts';
import { genderCriterion } from './gender.ts';
import { geographyCriterion } from './geography.ts';
import { interestsCriterion } from './interests.ts';
import { languagesCriterion } from './languages.ts';
import { occupationCriterion } from './occupation.ts';

/** Every criterion by id, in CRITERIA order. */
export const CRITERION_FUNCTIONS: Readonly<Record<CriterionId, Criterion>> = {
  field: fieldCriterion,
  occupation: occupationCriterion,
  education: educationCriterion,
  languages: languagesCriterion,
  geography: geographyCriterion,
  capacity: capacityCriterion,
  gender: genderCriterion,
  interests: interestsCriterion,
};

/**
 * What each criterion reads of the mentor, as a key: two mentors with the same key get the same
 * points, met and weight factor from that criterion for any participant (only an explanation may
 * differ, e.g. the capacity's availability text). The ranking (score.ts, MentorIndex) runs each
 * criterion once per distinct key instead of once per mentor. A criterion that starts reading
 * another mentor field must add it to its key here.
 */
export const CRITERION_MENTOR_KEYS: Readonly<Record<CriterionId, (m: MentorFacts) => string>> = {
  field: (m) => text(m.field),
  occupation: (m) => text(m.jobTitle),
  education: (m) => text(m.educationLevel),
  languages: (m) => JSON.stringify(m.languages),
  geography: (m) => text(m.municipalityNumber),
  capacity: (m) => `${m.capacity}/${m.openMatches}`,
  gender: (m) => m.gender,
  interests: (m) => JSON.stringify([m.employerName, m.employerSector]),
};

/** A key for one text or null (null and '' differ). */
function text(value: string | null): string {
  return value === null ? '' : `=${value}`;
}
