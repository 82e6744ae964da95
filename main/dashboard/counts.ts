import { STAGES, type Stage } from '../../db/schema/index.ts';
import { daysBetween } from '../pipeline/dates.ts';
import { compareStageEvents, type StageEvent } from '../pipeline/replay.ts';

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

/**
 * From dated stage histories (any order), as of a date: how many people are in each stage, and
 * how long stays in each stage last. A stay runs from a change's effective date to the next
 * change's; changes after `asOf` are ignored, so the same history and date always give the same figures.
 */
export function stageFigures(events: Iterable<StageEvent>, asOf: string): { funnel: StageCount[]; daysInStage: StageTimes[] } {
  const byPerson = new Map<string, StageEvent[]>();
  for (const e of events) {
    if (e.effectiveOn > asOf) continue;
    const list = byPerson.get(e.participantId);
    if (list) list.push(e);
    else byPerson.set(e.participantId, [e]);
  }
  const finished = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  const current = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  for (const history of byPerson.values()) {
    history.sort(compareStageEvents);
    for (let i = 0; i < history.length; i++) {
      const change = history[i]!;
      const next = history[i + 1];
      if (next) finished.get(change.stage)!.push(daysBetween(change.effectiveOn, next.effectiveOn));
      else current.get(change.stage)!.push(daysBetween(change.effectiveOn, asOf));
    }
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
