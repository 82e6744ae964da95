import { describe, expect, it } from 'vitest';
import { COUNTY_RULE, hourlyFromSalary, hourlyRatesSchema, hourlyValueFor, valueOf, type HourlyRates } from './rates.ts';

describe('the county rule: 1.2 ‰ of gross annual salary, at most 800 kr an hour', () => {
  it('values an hour at salary × 0.0012', () => {
    expect(hourlyFromSalary(600_000, COUNTY_RULE)).toBe(720);
    expect(hourlyFromSalary(512_345, COUNTY_RULE)).toBe(614.81);
    expect(hourlyFromSalary(0, COUNTY_RULE)).toBe(0);
  });

  it('caps at 800 kr an hour, from a salary of 666,667 kr', () => {
    expect(hourlyFromSalary(666_667, COUNTY_RULE)).toBe(800);
    expect(hourlyFromSalary(666_000, COUNTY_RULE)).toBe(799.2);
    expect(hourlyFromSalary(1_500_000, COUNTY_RULE)).toBe(800);
    expect(hourlyFromSalary(1_500_000, { permilleOfSalary: 1.2, maxHourly: 900 })).toBe(900);
  });
});

describe('which hourly value a person gets', () => {
  const rates: HourlyRates = {
    defaultHourly: 450,
    rule: COUNTY_RULE,
    people: [
      { personKind: 'staff', personId: 's1', annualSalary: 600_000 },
      { personKind: 'staff', personId: 's2', hourly: 500, annualSalary: 900_000 },
      { personKind: 'mentor', personId: 'm1', annualSalary: 1_000_000 },
    ],
  };

  it('uses the own fixed rate first, then the rule on the salary, then the default', () => {
    expect(hourlyValueFor(rates, { personKind: 'staff', personId: 's2' })).toBe(500);
    expect(hourlyValueFor(rates, { personKind: 'staff', personId: 's1' })).toBe(720);
    expect(hourlyValueFor(rates, { personKind: 'mentor', personId: 'm1' })).toBe(800);
    expect(hourlyValueFor(rates, { personKind: 'mentor', personId: 's1' })).toBe(450);
    expect(hourlyValueFor(rates, { personKind: 'volunteer', personId: null })).toBe(450);
  });

  it('gives no value without a rate, a rule for the salary or a default', () => {
    expect(hourlyValueFor({ ...rates, rule: null }, { personKind: 'staff', personId: 's1' })).toBe(450);
    expect(hourlyValueFor({ defaultHourly: null, rule: null, people: rates.people }, { personKind: 'staff', personId: 's1' })).toBeNull();
    expect(valueOf(7.5, 720)).toBe(5400);
    expect(valueOf(7.5, null)).toBeNull();
  });

  it('refuses negative rates, a zero permille and a person listed twice', () => {
    expect(hourlyRatesSchema.safeParse({ ...rates, defaultHourly: -1 }).success).toBe(false);
    expect(hourlyRatesSchema.safeParse({ ...rates, rule: { permilleOfSalary: 0, maxHourly: 800 } }).success).toBe(false);
    expect(hourlyRatesSchema.safeParse({ ...rates, people: [...rates.people, { personKind: 'staff', personId: 's1', hourly: 1 }] }).success).toBe(false);
    expect(hourlyRatesSchema.safeParse({ ...rates, people: [{ personKind: 'staff', personId: 's9' }] }).success).toBe(false);
    expect(hourlyRatesSchema.safeParse(rates).success).toBe(true);
  });
});
