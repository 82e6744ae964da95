/**
 * The Oversikt dashboard's data shaped for charts and their tables: pure functions over
 * dashboard.summary, tested in plain Node.
 */
import { STAGES } from '../../api/people.ts';
import { OUTCOME_CATEGORIES } from '../person/outcomes/model.ts';

type StageValue = { stage: string; count: number };

/** Stages in pipeline order (unknown ones last), every known stage present (0 when missing). */
export function funnelRows(funnel: readonly StageValue[]): StageValue[] {
  const counts = new Map(funnel.map((row) => [row.stage, row.count]));
  const known = STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
  const extra = funnel.filter((row) => !(STAGES as readonly string[]).includes(row.stage));
  return [...known, ...extra];
}

type StageTime = { stage: string; medianDays: number | null; count: number };

/** Stages that have a median, in pipeline order, days rounded to whole days for the chart. */
export function stageTimeRows(rows: readonly StageTime[]): { stage: string; days: number; count: number }[] {
  const order = (stage: string) => {
    const at = (STAGES as readonly string[]).indexOf(stage);
    return at < 0 ? STAGES.length : at;
  };
  return rows
    .filter((row): row is StageTime & { medianDays: number } => row.medianDays !== null)
    .sort((a, b) => order(a.stage) - order(b.stage))
    .map((row) => ({ stage: row.stage, days: Math.round(row.medianDays), count: row.count }));
}

type CohortOutcomes = { cohortId: string | null; cohortName: string; byCategory: Partial<Record<string, number>> };

/** Outcome categories any cohort has, in the form's order: the stacks the chart needs. */
export function usedCategories(cohorts: readonly CohortOutcomes[]): string[] {
  const used = new Set<string>();
  for (const cohort of cohorts) for (const [category, count] of Object.entries(cohort.byCategory)) if ((count ?? 0) > 0) used.add(category);
  const known = OUTCOME_CATEGORIES.filter((category) => used.has(category));
  return [...known, ...[...used].filter((category) => !(OUTCOME_CATEGORIES as readonly string[]).includes(category))];
}

/** One chart row per cohort: its name and a count per used category; the total for the table. */
export function cohortRows(cohorts: readonly CohortOutcomes[], noCohortName: string): ({ key: string; name: string; total: number } & Record<string, number | string>)[] {
  const categories = usedCategories(cohorts);
  return cohorts.map((cohort) => {
    const row: { key: string; name: string; total: number } & Record<string, number | string> = {
      key: cohort.cohortId ?? '',
      name: cohort.cohortId ? cohort.cohortName : noCohortName,
      total: 0,
    };
    for (const category of categories) {
      const count = cohort.byCategory[category] ?? 0;
      row[category] = count;
      row.total += count;
    }
    return row;
  });
}

/** Colours for the outcome stacks: distinguishable, and each at least 3:1 against white. */
export const CATEGORY_COLOURS: Record<string, string> = {
  fast_relevant: '#1a6b3c',
  fast_other: '#3f8f5f',
  temporary: '#6a8f1f',
  placement: '#1e5a96',
  apprenticeship: '#5b4a9e',
  education: '#8a3f8f',
  job_seeking: '#b35900',
  dropped_out: '#b3261e',
  other: '#5c6670',
  unknown: '#7a7a7a',
};
