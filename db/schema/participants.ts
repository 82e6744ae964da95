import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cohorts } from './cohorts.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { organisations } from './organisations.ts';
import {
  DEGREE_RECOGNITIONS,
  EDUCATION_LEVELS,
  GENDERS,
  IMMIGRATION_REASONS,
  MENTOR_GENDER_PREFERENCES,
  NORWEGIAN_LEVELS,
  TRACKS,
} from './person-values.ts';
import { staff } from './staff.ts';
import { STAGES } from './stages.ts';

/**
 * Deltakere. Religion and health are deliberately not fields. Country of background can
 * reveal ethnicity: the UI and the data protection record mark it sensitive.
 * Erasure blanks every personal column and keeps an anonymous stub (gender, birth year,
 * cohort, stage history, outcomes) with `erased_at` set.
 */
export const participants = sqliteTable(
  'participants',
  {
    id: id(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    /** Names (and e-mail) folded for search: lower case, no diacritics, ø→o, æ→ae, å→a, Cyrillic/Arabic/Ge'ez → Latin. */
    searchText: text('search_text').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    birthYear: integer('birth_year'),
    gender: text('gender', { enum: GENDERS }).notNull().default('unknown'),
    /** ISO 3166-1 alpha-2 (landbakgrunn). Sensitive. */
    countryOfBackground: text('country_of_background'),
    /** Kommunenummer (4 digits). */
    municipalityNumber: text('municipality_number'),
    immigrationReason: text('immigration_reason', { enum: IMMIGRATION_REASONS }),
    /** Botid is derived: the current year minus this. */
    arrivalYear: integer('arrival_year'),
    educationLevel: text('education_level', { enum: EDUCATION_LEVELS }),
    /** ISO 3166-1 alpha-2 of the country where the highest education was taken. */
    educationCountry: text('education_country'),
    degreeRecognition: text('degree_recognition', { enum: DEGREE_RECOGNITIONS }),
    /** Fagfelt: a code from resources/fields.json or an office's own reference value. */
    field: text('field'),
    desiredOccupation: text('desired_occupation'),
    norwegianLevel: text('norwegian_level', { enum: NORWEGIAN_LEVELS }),
    /** Other languages, ISO 639 codes ('ar', 'ti', 'uk', 'prs', …). */
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Sectors or companies the participant would like a mentor from (field codes or free words). */
    interests: text('interests', { mode: 'json' }).$type<string[]>().notNull().default([]),
    navOfficeId: text('nav_office_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** NAV-veileder (name as free text). */
    navAdvisor: text('nav_advisor'),
    track: text('track', { enum: TRACKS }).notNull().default('mentor'),
    cohortId: text('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    coordinatorId: text('coordinator_id').references(() => staff.id, { onDelete: 'set null' }),
    /** Current stage, denormalised from the last stage_changes row (by effective date). */
    stage: text('stage', { enum: STAGES }).notNull().default('registered'),
    /** Effective date (YYYY-MM-DD) of the current stage: "days in stage" counts from here. */
    stageChangedOn: text('stage_changed_on').notNull(),
    mentorGenderPreference: text('mentor_gender_preference', { enum: MENTOR_GENDER_PREFERENCES }),
    nextAction: text('next_action'),
    nextActionOn: text('next_action_on'),
    notes: text('notes'),
    /** Date (YYYY-MM-DD) the person was registered in the programme. */
    registeredOn: text('registered_on').notNull(),
    erasedAt: text('erased_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('participants_stage_idx').on(t.stage),
    index('participants_cohort_stage_idx').on(t.cohortId, t.stage),
    index('participants_search_text_idx').on(t.searchText),
    index('participants_coordinator_idx').on(t.coordinatorId),
    index('participants_nav_office_idx').on(t.navOfficeId),
    index('participants_email_idx').on(t.email),
    index('participants_phone_idx').on(t.phone),
    index('participants_registered_on_idx').on(t.registeredOn),
  ],
);

export type Participant = typeof participants.$inferSelect;
export type NewParticipant = typeof participants.$inferInsert;
