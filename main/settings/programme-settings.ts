import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../vault/auto-lock.ts';
import { DEFAULT_MATCHING_WEIGHTS, matchingWeightsSchema } from '../matching/weights.ts';
import { DEFAULT_HOURLY_RATES, hourlyRatesSchema } from '../hours/rates.ts';

/** Settings stored inside the programme file (they travel with it). */
const autoLockMinutes = z.number().int().min(1).max(240);
const organisationName = z.string().trim().max(200);
/** Lagringstid: months after a person's programme ended before they are due for anonymisation. */
const retentionMonths = z.number().int().min(1).max(240);
export const DEFAULT_RETENTION_MONTHS = 24;
const countyFunderName = z.string().trim().max(200);
/** Funder reports: the smallest group of people the Deltakere list may show (k-anonymity; 5 or more). */
const reportMinimumGroup = z.number().int().min(5).max(100);
export const DEFAULT_REPORT_MINIMUM_GROUP = 5;
/**
 * Funder reports: the same Deltakere pseudonym for a person in every report to a grant. Off by
 * default: with it on, two reports compared row by row show who was erased or left between them.
 */
const reportStablePseudonyms = z.boolean();

export const programmeSettingsSchema = z.object({
  autoLockMinutes: autoLockMinutes.default(DEFAULT_AUTO_LOCK_MINUTES),
  organisationName: organisationName.default(''),
  retentionMonths: retentionMonths.default(DEFAULT_RETENTION_MONTHS),
  /** Matching criteria: weight 0–10 and must-have each (matching.getWeights / matching.setWeights). */
  matchingWeights: matchingWeightsSchema.default(structuredClone(DEFAULT_MATCHING_WEIGHTS)),
  /** The county's name on grants and reports, e.g. "Telemark fylkeskommune" (counties changed in 2024). */
  countyFunderName: countyFunderName.default(''),
  /** Hourly values for egenandel (hours.getRates / hours.setRates). */
  hourlyRates: hourlyRatesSchema.default(structuredClone(DEFAULT_HOURLY_RATES)),
  reportMinimumGroup: reportMinimumGroup.default(DEFAULT_REPORT_MINIMUM_GROUP),
  reportStablePseudonyms: reportStablePseudonyms.default(false),
});
/** A change: only the fields given are written. */
export const programmeSettingsChangeSchema = z.object({
  autoLockMinutes: autoLockMinutes.optional(),
  organisationName: organisationName.optional(),
  retentionMonths: retentionMonths.optional(),
  countyFunderName: countyFunderName.optional(),
  reportMinimumGroup: reportMinimumGroup.optional(),
  reportStablePseudonyms: reportStablePseudonyms.optional(),
});
export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>;

const KEY = 'programme';

export function readProgrammeSettings(db: KobleDb): ProgrammeSettings {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  const stored = row ? (JSON.parse(row.value) as unknown) : {};
  const parsed = programmeSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : programmeSettingsSchema.parse({});
}

export function writeProgrammeSettings(db: KobleDb, change: Partial<ProgrammeSettings>): ProgrammeSettings {
  const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
  const next = programmeSettingsSchema.parse({ ...readProgrammeSettings(db), ...given });
  const value = JSON.stringify(next);
  db.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return next;
}
