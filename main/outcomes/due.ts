import type { OutcomeTimepoint, Stage } from '../../db/schema/index.ts';
import { compareStageEvents, type StageEvent } from '../pipeline/replay.ts';
import { addMonths, daysBetween } from '../../shared/calendar-date.ts';

/**
 * When outcomes are due (pure). A participant leaves the programme on the date their stage
 * history first reaches a final stage after their last return (completed, or dropped_out):
 * the exit outcome is due that day, the 3-month follow-up 3 calendar months later and the
 * 6-month one 6 months later (31 Jan + 3 months = 30 Apr). A participant who dropped out after
 * taking part (was active) is asked only for the exit outcome; one who dropped out before ever
 * being active, or was registered again since, is not due anything.
 */

/** Stages in which a participant has left the programme. */
export const EXITED_STAGES: readonly Stage[] = ['completed', 'followed_up', 'dropped_out'];

export type Exit = { stage: Stage; exitOn: string; completed: boolean };

/**
 * The participant's exit as of a date from their stage history (any order), or null while they
 * are in the programme or when they left without taking part.
 */
export function exitFromHistory(history: readonly StageEvent[], asOf: string): Exit | null {
  const known = history.filter((e) => e.effectiveOn <= asOf).sort(compareStageEvents);
  const last = known.at(-1);
  if (!last || !EXITED_STAGES.includes(last.stage)) return null;
  // Walk back over the final run of exited stages (completed → followed_up) to where it began.
  let start = known.length - 1;
  while (start > 0 && EXITED_STAGES.includes(known[start - 1]!.stage)) start--;
  const completed = known.slice(start).some((e) => e.stage !== 'dropped_out');
  if (!completed && known[start - 1]?.stage !== 'active') return null;
  return { stage: last.stage, exitOn: known[start]!.effectiveOn, completed };
}

export type DueItem = { participantId: string; timepoint: OutcomeTimepoint; dueOn: string; overdue: boolean };

/**
 * The outcomes not yet recorded that are due on or before `asOf + withinDays` (overdue when due
 * before `asOf`), earliest first.
 */
export function outcomesDue(
  participantId: string,
  exit: Exit,
  recorded: ReadonlySet<OutcomeTimepoint>,
  asOf: string,
  withinDays: number,
): DueItem[] {
  const schedule: [OutcomeTimepoint, string][] = [['exit', exit.exitOn]];
  if (exit.completed) schedule.push(['3m', addMonths(exit.exitOn, 3)], ['6m', addMonths(exit.exitOn, 6)]);
  const due: DueItem[] = [];
  for (const [timepoint, dueOn] of schedule) {
    if (recorded.has(timepoint)) continue;
    if (daysBetween(asOf, dueOn) > withinDays) continue;
    due.push({ participantId, timepoint, dueOn, overdue: dueOn < asOf });
  }
  return due;
}
