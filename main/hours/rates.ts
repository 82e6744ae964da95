import { z } from 'zod';

/**
 * Hourly values for egenandel (own contribution). A funder values an hour either at a fixed rate
 * per person, or by a rule on the person's gross annual salary — e.g. the county's "1.2 ‰ of gross
 * annual salary, at most 800 kr an hour". Pure: no database.
 */
const kroner = z.number().finite().min(0).max(100_000);

export const hourlyRuleSchema = z.object({
  /** Per mille (‰) of gross annual salary; 1.2 means 0.0012 × salary. */
  permilleOfSalary: z.number().finite().gt(0).max(10),
  /** The cap in NOK per hour. */
  maxHourly: kroner,
});
export type HourlyRule = z.infer<typeof hourlyRuleSchema>;

export const personRateSchema = z
  .object({
    personKind: z.enum(['staff', 'mentor']),
    personId: z.string().min(1).max(100),
    /** A fixed NOK per hour for this person (wins over the rule). */
    hourly: kroner.optional(),
    /** Gross annual salary in NOK, for the rule. */
    annualSalary: z.number().finite().min(0).max(100_000_000).optional(),
  })
  .refine((r) => r.hourly !== undefined || r.annualSalary !== undefined, { message: 'Give an hourly rate or an annual salary', path: ['hourly'] });

export const hourlyRatesSchema = z
  .object({
    /** NOK per hour for anyone without their own rate or salary (volunteers, most mentors). */
    defaultHourly: kroner.nullable(),
    rule: hourlyRuleSchema.nullable(),
    people: z.array(personRateSchema).max(5000),
  })
  .refine((r) => new Set(r.people.map((p) => `${p.personKind}:${p.personId}`)).size === r.people.length, {
    message: 'Each person can have only one rate',
    path: ['people'],
  });
export type HourlyRates = z.infer<typeof hourlyRatesSchema>;

/** The county rule as the default: 1.2 ‰ of gross annual salary, at most 800 kr an hour. */
export const COUNTY_RULE: HourlyRule = { permilleOfSalary: 1.2, maxHourly: 800 };
export const DEFAULT_HOURLY_RATES: HourlyRates = { defaultHourly: null, rule: { ...COUNTY_RULE }, people: [] };

/** Rounds to whole øre. */
export const roundKroner = (value: number): number => Math.round(value * 100) / 100;

/** The rule's hourly value for a salary: min(salary × permille / 1000, max). 600,000 kr → 720 kr; 800,000 kr → 800 kr (capped). */
export function hourlyFromSalary(annualSalary: number, rule: HourlyRule): number {
  return roundKroner(Math.min((annualSalary * rule.permilleOfSalary) / 1000, rule.maxHourly));
}

export type RatedPerson = { personKind: 'staff' | 'mentor' | 'volunteer'; personId: string | null };

/**
 * The hourly value for a person: their own fixed rate; else the rule on their salary; else the
 * default; else null (the hours count, with no value).
 */
export function hourlyValueFor(rates: HourlyRates, person: RatedPerson): number | null {
  const own = person.personId === null ? undefined : rates.people.find((p) => p.personKind === person.personKind && p.personId === person.personId);
  if (own?.hourly !== undefined) return roundKroner(own.hourly);
  if (own?.annualSalary !== undefined && rates.rule) return hourlyFromSalary(own.annualSalary, rates.rule);
  return rates.defaultHourly;
}

/** Hours × hourly value, in kroner (null when there is no hourly value). */
export function valueOf(hours: number, hourlyValue: number | null): number | null {
  return hourlyValue === null ? null : roundKroner(hours * hourlyValue);
}
