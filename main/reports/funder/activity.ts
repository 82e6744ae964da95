import type { Stage } from '../../../db/schema/index.ts';
import { compareStageEvents, replayStages, type StageEvent } from '../../pipeline/replay.ts';
import { addDaysIso } from './dates.ts';
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
 * Replays the dated stage history over the period with the pipeline's own rule (replayStages:
 * a day's stage is the last change with an effective date on or before it, ties by recording
 * time). The stage on the first day comes from replayStages; each later day that has changes
 * takes the last of them. Same history and period → same answer, whatever the input order.
 */
export function periodActivity(changes: readonly StageEvent[], period: Period): Map<string, PeriodActivity> {
  const atStart = replayStages(changes, period.from);
  const atEnd = replayStages(changes, period.to);
  const dayBefore = replayStages(changes, addDaysIso(period.from, -1));
  // Changes after the first day, per participant and day: only the day's last change sets that day's stage.
  const within = new Map<string, Map<string, StageEvent>>();
  for (const change of changes) {
    if (change.effectiveOn <= period.from || change.effectiveOn > period.to) continue;
    let days = within.get(change.participantId);
    if (!days) within.set(change.participantId, (days = new Map()));
    const current = days.get(change.effectiveOn);
    if (!current || compareStageEvents(change, current) >= 0) days.set(change.effectiveOn, change);
  }
  const ids = new Set([...atEnd.keys(), ...atStart.keys()]);
  const result = new Map<string, PeriodActivity>();
  for (const id of ids) {
    const first = atStart.get(id)?.stage ?? null;
    const days = [...(within.get(id)?.values() ?? [])].sort(compareStageEvents).map((e) => e.stage);
    // The sequence of day-stages through the period, beginning with the first day's.
    const sequence: (Stage | null)[] = [first, ...days];
    const activity: PeriodActivity = { active: false, inMentoringOrPlacement: false, completed: false, droppedOut: false, stageAtEnd: atEnd.get(id)?.stage ?? null };
    // A move on the first day itself shows as the first day's stage; what it came from is the day before.
    let previous: Stage | null = dayBefore.get(id)?.stage ?? null;
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
