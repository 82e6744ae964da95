import { EMPLOYED_OUTCOMES, OUTCOME_TIMEPOINTS } from '../../../db/schema/index.ts';
import { atMostRelation, atMostSumRelation, holds, sumRelation, type PublishedCell, type PublishedTable, type Relation } from '../disclosure/table.ts';
import type { FunderCounts } from './counts.ts';
import { KEY_FIGURES, type KeyFigureKey } from './definitions.ts';

/**
 * Every count of people the funder report publishes, as one table for disclosure control, with
 * the relations a reader can see between them across sheets: each breakdown on Fordelinger adds
 * up to "Deltakere i programmet i perioden" on Nøkkeltall (one cell, restated eleven times), the
 * latest outcomes add up to "Deltakere med registrert resultat" and the employed lines to "Fått
 * jobb", each outcome timepoint adds up to its own sum, and subsets are at most their whole.
 * Activity (events, attendance, hours) is not a count of people and is not in the table.
 */

/** Cell ids, one per published count (the workbook looks each one up by the same id). */
export const cellId = {
  key: (key: KeyFigureKey) => `key.${key}`,
  breakdown: (breakdown: string, row: number) => `breakdown.${breakdown}.${row}`,
  outcome: (timepoint: string, category: string) => `outcome.${timepoint}.${category}`,
  outcomeTotal: (timepoint: string) => `outcome.${timepoint}.total`,
  progressionN: (scale: string) => `progression.n.${scale}`,
  progressionImproved: (scale: string) => `progression.improved.${scale}`,
  forms: (timepoint: string) => `progression.forms.${timepoint}`,
  erased: 'about.erasedCounted',
} as const;

export function publishedCounts(counts: FunderCounts): PublishedTable {
  const cells: PublishedCell[] = [];
  const relations: Relation[] = [];
  const cell = (id: string, value: number) => cells.push({ id, value });
  const k = counts.keyFigures;
  for (const key of Object.keys(KEY_FIGURES) as KeyFigureKey[]) if (KEY_FIGURES[key].people) cell(cellId.key(key), k[key]);

  const active = cellId.key('participantsActive');
  for (const b of counts.breakdowns) {
    b.rows.forEach((r, i) => cell(cellId.breakdown(b.key, i), r.count));
    relations.push(sumRelation(active, b.rows.map((_, i) => cellId.breakdown(b.key, i))));
  }

  const rows = counts.outcomes.rows;
  for (const r of rows) cell(cellId.outcome('latest', r.category), r.latest);
  for (const t of OUTCOME_TIMEPOINTS) {
    for (const r of rows) cell(cellId.outcome(t, r.category), r[t]);
    cell(cellId.outcomeTotal(t), counts.outcomes.totals[t]);
    relations.push(sumRelation(cellId.outcomeTotal(t), rows.map((r) => cellId.outcome(t, r.category))));
  }
  relations.push(sumRelation(cellId.key('outcomesRecorded'), rows.map((r) => cellId.outcome('latest', r.category))));
  relations.push(sumRelation(cellId.key('gotJob'), rows.filter((r) => (EMPLOYED_OUTCOMES as readonly string[]).includes(r.category)).map((r) => cellId.outcome('latest', r.category))));
  // A participant's latest outcome is one of their outcomes in the period.
  for (const r of rows) relations.push(atMostSumRelation(cellId.outcome('latest', r.category), OUTCOME_TIMEPOINTS.map((t) => cellId.outcome(t, r.category))));

  const forms = counts.progression.forms;
  for (const t of ['start', 'mid', 'end'] as const) cell(cellId.forms(t), forms[t]);
  for (const r of counts.progression.rows) {
    cell(cellId.progressionN(r.scale), r.n);
    cell(cellId.progressionImproved(r.scale), r.improved);
    relations.push(atMostRelation(cellId.progressionN(r.scale), cellId.forms('end')), atMostRelation(cellId.progressionImproved(r.scale), cellId.progressionN(r.scale)));
  }
  cell(cellId.erased, counts.erasedCounted);

  const subset = (part: KeyFigureKey, whole: KeyFigureKey) => relations.push(atMostRelation(cellId.key(part), cellId.key(whole)));
  subset('participantsInMentoringOrPlacement', 'participantsActive');
  subset('mentorsNew', 'mentorsActive');
  subset('matchesStarted', 'matchesRunning');
  subset('matchesCompleted', 'matchesRunning');
  subset('matchesEndedEarly', 'matchesRunning');
  subset('placementsStarted', 'placementsRunning');
  subset('placementsCompleted', 'placementsRunning');
  // A relation the data break (a placement recorded as ending before it starts) is no relation a reader can rely on.
  const values = new Map(cells.map((c) => [c.id, c.value]));
  return { cells, relations: relations.filter((r) => holds(r, values)) };
}
