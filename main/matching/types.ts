import type { EducationLevel, Gender, MentorGenderPreference, NorwegianLevel } from '../../db/schema/index.ts';

/** The matching criteria, in the order the breakdown lists them. */
export const CRITERIA = ['field', 'occupation', 'education', 'languages', 'geography', 'capacity', 'gender', 'interests'] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** A translation key (resources/locales: matching.explain.*) and its parameters, already named in the display language. */
export type Explanation = { key: string; params: Record<string, string | number> };

/** What one criterion says about one pair, before weighting. */
export type CriterionResult = {
  criterion: CriterionId;
  /** 0..1 before weighting. */
  points: number;
  /** Whether the pair satisfies the criterion (what a "must have" requires). */
  met: boolean;
  explanation: Explanation;
  /** Multiplies the configured weight for this pair (shared languages count double for weak Norwegian); 1 when absent. */
  weightFactor?: number;
};

/** The participant's side of a pair: only what matching reads. */
export type ParticipantFacts = {
  id: string;
  field: string | null;
  desiredOccupation: string | null;
  educationLevel: EducationLevel | null;
  norwegianLevel: NorwegianLevel | null;
  languages: readonly string[];
  municipalityNumber: string | null;
  mentorGenderPreference: MentorGenderPreference | null;
  /** Field codes (sectors) or free words (company names). */
  interests: readonly string[];
};

/** The mentor's side of a pair. */
export type MentorFacts = {
  id: string;
  field: string | null;
  jobTitle: string | null;
  educationLevel: EducationLevel | null;
  languages: readonly string[];
  municipalityNumber: string | null;
  gender: Gender;
  capacity: number;
  /** Open matches (proposed, intro meeting, active) already using the capacity. */
  openMatches: number;
  active: boolean;
  availability: string | null;
  employerName: string | null;
  /** The employer's sector, a field code. */
  employerSector: string | null;
};

/** Turns codes into display names in one language (see names.ts). */
export type Namer = {
  field(code: string): string;
  language(code: string): string;
  municipality(number: string): string;
  county(number: string): string;
  gender(value: string): string;
  educationLevel(value: string): string;
  list(values: readonly string[]): string;
};

export type Criterion = (p: ParticipantFacts, m: MentorFacts, names: Namer) => CriterionResult;
