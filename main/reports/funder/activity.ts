import type { Stage } from '../../../db/schema/index.ts';
import { compareStageEvents, type StageEvent } from '../../pipeline/replay.ts';
import { addDays } from '../../../shared/calendar-date.ts';
import { IN_PROGRAMME_STAGES } from './definitions.ts';
import type { Period } from './types.ts';

/** What the stage history says about one participant in the period. */
export type PeriodActivity = {
  /** In a programme stage (IN_PROGRAMME_STAGES) on at least one day of the period. */
  active: boolean;
  /** In stage "active" (mentoring or placement running) on at least one day. */
  inMentoringOrPlacement: boolean;
  /** Moved to completed on a day of the period. */
  completed: boolean;
  /** Moved to dropped_out on a day of the period. */
  droppedOut: boolean;
  /** Stage on the last day of the period (null: not registered by then). */
  stageAtEnd: Stage | null;
};

const IN_PROGRAMME = new Set<Stage>(IN_PROGRAMME_STAGES);

/**
 * Replays the dated stage history over the period with the pipeline's own rule (as replayStages:
 * a day's stage is the last change with an effective date on or before it, ties by recording
 * time, and of two identical changes the later one read). The stage on the first day, the day
 * before and the last day, and each later day that has changes (its last change), come from one
 * pass over each participant's own changes. Same history and period → same answer, whatever the
 * input order.
 */
export function periodActivity(changes: readonly StageEvent[], period: Period): Map<string, PeriodActivity> {
  const dayBefore = addDays(period.from, -1);
  // Each participant's changes up to the last day, in input order (the tie rule depends on it).
  const byParticipant = new Map<string, StageEvent[]>();
  for (const change of changes) {
    if (change.effectiveOn > period.to) continue;
    const list = byParticipant.get(change.participantId);
    if (list) list.push(change);
    else byParticipant.set(change.participantId, [change]);
  }
  const result = new Map<string, PeriodActivity>();
  for (const [id, list] of byParticipant) {
    let atEnd: StageEvent | undefined;
    let atStart: StageEvent | undefined;
    let before: StageEvent | undefined;
    // Changes after the first day, per day: only the day's last change sets that day's stage.
    let days: Map<string, StageEvent> | undefined;
    for (const change of list) {
      if (!atEnd || compareStageEvents(change, atEnd) >= 0) atEnd = change;
      if (change.effectiveOn <= period.from) {
        if (!atStart || compareStageEvents(change, atStart) >= 0) atStart = change;
        if (change.effectiveOn <= dayBefore && (!before || compareStageEvents(change, before) >= 0)) before = change;
      } else {
        days ??= new Map();
        const current = days.get(change.effectiveOn);
        if (!current || compareStageEvents(change, current) >= 0) days.set(change.effectiveOn, change);
      }
    }
    // The sequence of day-stages through the period, beginning with the first day's.
    const sequence: (Stage | null)[] = [atStart?.stage ?? null, ...(days ? [...days.values()].sort(compareStageEvents).map((e) => e.stage) : [])];
    const activity: PeriodActivity = { active: false, inMentoringOrPlacement: false, completed: false, droppedOut: false, stageAtEnd: atEnd?.stage ?? null };
    // A move on the first day itself shows as the first day's stage; what it came from is the day before.
    let previous: Stage | null = before?.stage ?? null;
    for (const stage of sequence) {
      if (stage === null) continue;
      if (IN_PROGRAMME.has(stage)) activity.active = true;
      if (stage === 'active') activity.inMentoringOrPlacement = true;
      if (stage === 'completed' && previous !== 'completed') activity.completed = true;
      if (stage === 'dropped_out' && previous !== 'dropped_out') activity.droppedOut = true;
      previous = stage;
    }
    result.set(id, activity);
  }
  return result;
}
