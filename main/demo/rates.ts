import { COUNTY_RULE, hourlyFromSalary, type HourlyRates } from '../hours/rates.ts';
import type { DemoMentor } from './mentors.ts';

/** The hourly values the demo's hours are written with, from the same rates the programme setting holds. */
export type DemoHourly = { staff(id: string): number | null; mentor(id: string): number | null; volunteer: number | null };

/** Before the rates are known (nothing is valued). */
export const NO_RATES: DemoHourly = { staff: () => null, mentor: () => null, volunteer: null };

/** Gross annual salaries the demo's salaried mentors get, in turn: the last three hit the 800 kr cap. */
const MENTOR_SALARIES = [540_000, 610_000, 680_000, 750_000, 890_000] as const;
const STAFF_SALARY = 620_000;
/** Every tenth mentor has a salary on file, at most this many (the setting stays small for 20,000 people). */
const MAX_SALARIED_MENTORS = 300;

/**
 * The demo's rates, merged into what the programme already holds: the coordinator valued by the
 * county rule on a salary of 620,000 kr (744 kr an hour), every tenth mentor by the rule on their
 * salary (capped at 800 kr), everyone else at the default 500 kr. No random draws (the rest of the
 * demo stays as it was).
 */
export function demoRates(existing: HourlyRates, staffId: string, mentors: readonly DemoMentor[]): { settings: HourlyRates; hourly: DemoHourly } {
  const people = [...existing.people];
  const has = (kind: 'staff' | 'mentor', id: string) => people.some((p) => p.personKind === kind && p.personId === id);
  if (!has('staff', staffId)) people.push({ personKind: 'staff', personId: staffId, annualSalary: STAFF_SALARY });
  let salaried = 0;
  for (let i = 0; i < mentors.length && salaried < MAX_SALARIED_MENTORS; i += 10) {
    const mentor = mentors[i]!;
    if (!has('mentor', mentor.id)) people.push({ personKind: 'mentor', personId: mentor.id, annualSalary: MENTOR_SALARIES[salaried % MENTOR_SALARIES.length]! });
    salaried++;
  }
  const settings: HourlyRates = { defaultHourly: existing.defaultHourly ?? 500, rule: existing.rule ?? { ...COUNTY_RULE }, people };
  const lookup = new Map<string, number | null>();
  for (const p of people) {
    const value = p.hourly ?? (p.annualSalary !== undefined && settings.rule ? hourlyFromSalary(p.annualSalary, settings.rule) : settings.defaultHourly);
    lookup.set(`${p.personKind}:${p.personId}`, value);
  }
  const of = (key: string) => (lookup.has(key) ? lookup.get(key)! : settings.defaultHourly);
  return {
    settings,
    hourly: { staff: (id) => of(`staff:${id}`), mentor: (id) => of(`mentor:${id}`), volunteer: settings.defaultHourly },
  };
}
