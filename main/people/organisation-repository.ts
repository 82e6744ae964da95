import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ORGANISATION_KINDS, organisations } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAuditEntries } from './audit-entries.ts';
import { email, fieldCode, municipalityNumber, optionalText, phone } from './value-schemas.ts';

/** organisations.create: partner companies, NAV offices, municipalities. */
export const organisationCreateSchema = z
  .object({
    kind: z.enum(ORGANISATION_KINDS),
    name: z.string().trim().min(1).max(200),
    orgNumber: z
      .string()
      .trim()
      .transform((v) => v.replace(/\s+/g, ''))
      .refine((v) => /^\d{9}$/.test(v), 'Organisation number must have 9 digits')
      .nullable(),
    municipalityNumber,
    sector: fieldCode,
    partner: z.boolean(),
    contactName: optionalText(200),
    email,
    phone,
    address: optionalText(500),
    notes: optionalText(10_000),
  })
  .partial()
  .required({ kind: true, name: true })
  .strict();
export type OrganisationCreate = z.output<typeof organisationCreateSchema>;

export function listOrganisations(db: KobleDb, kind?: (typeof ORGANISATION_KINDS)[number]) {
  return db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      name: organisations.name,
      orgNumber: organisations.orgNumber,
      municipalityNumber: organisations.municipalityNumber,
      sector: organisations.sector,
      partner: organisations.partner,
      contactName: organisations.contactName,
      email: organisations.email,
      phone: organisations.phone,
    })
    .from(organisations)
    .where(kind ? eq(organisations.kind, kind) : undefined)
    .orderBy(asc(organisations.name))
    .all();
}

export function createOrganisation(db: KobleDb, input: OrganisationCreate, staffId: string | null): string {
  const id = crypto.randomUUID();
  db.transaction((tx) => {
    tx.insert(organisations).values({ ...input, id }).run();
    recordAuditEntries(tx, [{ staffId, action: 'create', entity: 'organisations', entityId: id, details: { fields: Object.keys(input) } }]);
  });
  return id;
}
