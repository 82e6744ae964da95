import type { Criterion, CriterionId } from '../types.ts';
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
