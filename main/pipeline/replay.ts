import type { Stage } from '../../db/schema/stages.ts';

/** One stage_changes row, as much as the replay needs. */
export type StageEvent = { participantId: string; stage: Stage; effectiveOn: string; recordedAt: string };

/** A participant's stage on a given date and the date that stage took effect. */
export type StageOnDate = { stage: Stage; since: string };

/** Orders changes the way the pipeline does: by effective date, then by when they were recorded. */
export function compareStageEvents(a: StageEvent, b: StageEvent): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  return 0;
}

/**
 * Replays dated stage changes up to and including `asOf` (YYYY-MM-DD): each participant's stage
 * is the change with the latest effective date on or before that day (ties: the later recorded).
 * People with no change by then (registered later) are absent. Input order does not matter.
 */
export function replayStages(events: Iterable<StageEvent>, asOf: string): Map<string, StageOnDate> {
  const latest = new Map<string, StageEvent>();
  for (const event of events) {
    if (event.effectiveOn > asOf) continue;
    const current = latest.get(event.participantId);
    if (!current || compareStageEvents(event, current) >= 0) latest.set(event.participantId, event);
  }
  const result = new Map<string, StageOnDate>();
  for (const [id, event] of latest) result.set(id, { stage: event.stage, since: event.effectiveOn });
  return result;
}
