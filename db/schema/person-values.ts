/** Value lists shared by participants, mentors and guests. */
export { GENDERS, type Gender, NORWEGIAN_LEVELS, type NorwegianLevel, EDUCATION_LEVELS, type EducationLevel, IMMIGRATION_REASONS, type ImmigrationReason, DEGREE_RECOGNITIONS, type DegreeRecognition, TRACKS, type Track, MENTOR_GENDER_PREFERENCES, type MentorGenderPreference } from '../../shared/person-values.ts';

