/**
 * Retention (lagringstid): a person whose programme ended more than `retentionMonths` ago is due
 * for anonymisation. Pure: the repository supplies when each person's programme ended.
 */
import type { PersonKind } from './person.ts';

/** Stages after which a participant's programme has ended. */
export const ENDED_STAGES = ['completed', 'followed_up', 'dropped_out'] as const;

export type RetentionCandidate = { id: string; kind: PersonKind; name: string; endedOn: string };
export type RetentionDue = RetentionCandidate & { dueOn: string };

/** `date` (YYYY-MM-DD) plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Who is due on `today`: ended on or before today minus the retention period. Oldest first. */
export function dueForAnonymisation(candidates: readonly RetentionCandidate[], today: string, retentionMonths: number): RetentionDue[] {
  return candidates
    .map((c) => ({ ...c, dueOn: addMonths(c.endedOn, retentionMonths) }))
    .filter((c) => c.dueOn <= today)
    .sort((a, b) => (a.endedOn === b.endedOn ? a.name.localeCompare(b.name, 'nb') : a.endedOn < b.endedOn ? -1 : 1));
}
