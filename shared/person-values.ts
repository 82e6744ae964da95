/** Value lists on participants, mentors and guests, for both sides: db/schema stores them, the renderer's forms offer them. */

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** CEFR levels for norsknivå. */
export const NORWEGIAN_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type NorwegianLevel = (typeof NORWEGIAN_LEVELS)[number];

/** utdanningsnivå: videregående, fagbrev, bachelor, master, PhD, annet. */
export const EDUCATION_LEVELS = ['upper_secondary', 'trade_certificate', 'bachelor', 'master', 'phd', 'other'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** innvandringsgrunn, SSB codes: flukt, familie, arbeid, utdanning, annet, uoppgitt. */
export const IMMIGRATION_REASONS = ['FLU', 'FAM', 'ARB', 'UTD', 'ANN', 'UKJ'] as const;
export type ImmigrationReason = (typeof IMMIGRATION_REASONS)[number];

/** NOKUT-godkjenning: ja / nei / søkt / ikke aktuelt. */
export const DEGREE_RECOGNITIONS = ['yes', 'no', 'applied', 'not_applicable'] as const;
export type DegreeRecognition = (typeof DEGREE_RECOGNITIONS)[number];

/** Programme track: mentor, praksis/trainee, or both. */
export const TRACKS = ['mentor', 'placement', 'both'] as const;
export type Track = (typeof TRACKS)[number];

/** A participant's wish for the mentor's gender. */
export const MENTOR_GENDER_PREFERENCES = ['female', 'male', 'none'] as const;
export type MentorGenderPreference = (typeof MENTOR_GENDER_PREFERENCES)[number];

export const FOLLOW_UP_KINDS = ['call', 'meeting', 'email', 'sms', 'other'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
