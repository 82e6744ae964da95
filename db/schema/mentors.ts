import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { organisations } from './organisations.ts';
import { EDUCATION_LEVELS, GENDERS } from './person-values.ts';

/** Volunteer professionals, often from a partner company. */
export const mentors = sqliteTable(
  'mentors',
  {
    id: id(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    /** Folded names for search, as participants.search_text. */
    searchText: text('search_text').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    birthYear: integer('birth_year'),
    gender: text('gender', { enum: GENDERS }).notNull().default('unknown'),
    /** Employer. */
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    jobTitle: text('job_title'),
    /** Fagfelt code. */
    field: text('field'),
    educationLevel: text('education_level', { enum: EDUCATION_LEVELS }),
    yearsOfExperience: integer('years_of_experience'),
    /** Languages spoken besides Norwegian, ISO 639 codes. */
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull().default([]),
    municipalityNumber: text('municipality_number'),
    /** How many participants at once. */
    capacity: integer('capacity').notNull().default(1),
    /** Free text, e.g. "tirsdager etter kl. 16". */
    availability: text('availability'),
    /** Available for new matches. */
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Free text wishes, e.g. "helst ingeniør, gjerne kvinne". */
    preferences: text('preferences'),
    notes: text('notes'),
    registeredOn: text('registered_on').notNull(),
    erasedAt: text('erased_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('mentors_active_field_idx').on(t.active, t.field),
    index('mentors_organisation_idx').on(t.organisationId),
    index('mentors_search_text_idx').on(t.searchText),
    index('mentors_email_idx').on(t.email),
    index('mentors_phone_idx').on(t.phone),
  ],
);

export type Mentor = typeof mentors.$inferSelect;
export type NewMentor = typeof mentors.$inferInsert;
