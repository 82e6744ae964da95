import type { NewCohort } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { yearOf } from './dates.ts';
import { addDays, addMonths } from '../../shared/calendar-date.ts';

export type DemoCohort = { row: NewCohort; id: string; name: string; startsOn: string; endsOn: string; known: boolean };

/**
 * Spring ("Vår") intakes start mid-January and autumn ("Høst") intakes mid-August; each runs
 * about ten months. Cohorts that started in the last 30 months and the next one coming.
 */
export function generateCohorts(ctx: DemoContext, existing: ReadonlyMap<string, string>): DemoCohort[] {
  const earliest = addMonths(ctx.today, -30);
  const latest = addMonths(ctx.today, 6);
  const cohorts: DemoCohort[] = [];
  for (let year = yearOf(earliest); year <= yearOf(latest); year++) {
    for (const [label, start] of [
      ['Vår', `${year}-01-15`],
      ['Høst', `${year}-08-20`],
    ] as const) {
      if (start < earliest || start > latest) continue;
      const name = `${label} ${year}`;
      const known = existing.get(name);
      const id = known ?? ctx.ids.uuid();
      const endsOn = addDays(addMonths(start, 10), -1);
      const createdAt = `${addDays(start, -90)}T08:00:00.000Z`;
      const row: NewCohort = { id, name, startsOn: start, endsOn, notes: null, createdAt, updatedAt: createdAt };
      cohorts.push({ row, id, name, startsOn: start, endsOn, known: known !== undefined });
    }
  }
  // A cohort of the same name already in the programme is reused, not added again.
  ctx.rows.cohorts.push(...cohorts.filter((c) => !c.known).map((c) => c.row));
  return cohorts;
}
