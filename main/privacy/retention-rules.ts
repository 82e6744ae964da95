/**
 * Retention (lagringstid): a person whose programme ended more than `retentionMonths` ago is due
 * for anonymisation. Pure: the repository supplies when each person's programme ended.
 */
import type { PersonKind } from './person.ts';
import { addMonths } from '../../shared/calendar-date.ts';

/** Stages after which a participant's programme has ended. */
export const ENDED_STAGES = ['completed', 'followed_up', 'dropped_out'] as const;

export type RetentionCandidate = { id: string; kind: PersonKind; name: string; endedOn: string };
export type RetentionDue = RetentionCandidate & { dueOn: string };

/** Who is due on `today`: ended on or before today minus the retention period. Oldest first. */
export function dueForAnonymisation(candidates: readonly RetentionCandidate[], today: string, retentionMonths: number): RetentionDue[] {
  return candidates
    .map((c) => ({ ...c, dueOn: addMonths(c.endedOn, retentionMonths) }))
    .filter((c) => c.dueOn <= today)
    .sort((a, b) => (a.endedOn === b.endedOn ? a.name.localeCompare(b.name, 'nb') : a.endedOn < b.endedOn ? -1 : 1));
}
