import { STAGES, type Stage } from '../../db/schema/index.ts';
import { daysBetween } from '../../shared/calendar-date.ts';

/** Pure counting for the dashboard (Oversikt): no database. */

/** The median of a list of numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type StageTimes = {
  stage: Stage;
  /** Median days of the stays in this stage that have ended by the date (from a change to the next). */
  medianDays: number | null;
  /** How many ended stays the median is over. */
  count: number;
  /** Median days so far of the people in this stage on the date. */
  currentMedianDays: number | null;
  currentCount: number;
};

export type StageCount = { stage: Stage; count: number };

/** One stay in a stage: from the change into it to the next change (null: still there on the date). */
export type Stay = { stage: Stage; from: string; to: string | null };

/**
 * From the stays in the dated stage history up to a date: how many people are in each stage on
 * that date (the open stays), and the median length of the stays that ended and of the open ones
 * so far. The same history and date always give the same figures.
 */
export function stageFigures(stays: Iterable<Stay>, asOf: string): { funnel: StageCount[]; daysInStage: StageTimes[] } {
  const finished = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  const current = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  for (const stay of stays) {
    if (stay.from > asOf) continue;
    if (stay.to !== null && stay.to <= asOf) finished.get(stay.stage)!.push(daysBetween(stay.from, stay.to));
    else current.get(stay.stage)!.push(daysBetween(stay.from, asOf));
  }
  return {
    funnel: STAGES.map((stage) => ({ stage, count: current.get(stage)!.length })),
    daysInStage: STAGES.map((stage) => {
      const done = finished.get(stage)!;
      const now = current.get(stage)!;
      return { stage, medianDays: median(done), count: done.length, currentMedianDays: median(now), currentCount: now.length };
    }),
  };
}
