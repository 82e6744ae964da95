import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';

/** company: employers and partner companies; nav_office: NAV-kontor; municipality: kommunen as a partner. */
export const ORGANISATION_KINDS = ['company', 'nav_office', 'municipality', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Partner companies, NAV offices, municipalities and other organisations. */
export const organisations = sqliteTable(
  'organisations',
  {
    id: id(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    name: text('name').notNull(),
    /** Organisasjonsnummer (9 digits), when known. */
    orgNumber: text('org_number'),
    /** Kommunenummer (4 digits) from resources/municipalities.json. */
    municipalityNumber: text('municipality_number'),
    /** Sector as a field code (resources/fields.json or an office value). */
    sector: text('sector'),
    /** A partner company that provides mentors or placements. */
    partner: integer('partner', { mode: 'boolean' }).notNull().default(false),
    contactName: text('contact_name'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('organisations_kind_name_idx').on(t.kind, t.name)],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
