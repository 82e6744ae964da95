import { isoToDisplay, isoToDisplayTime } from '../../../components/grid/format.ts';
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { OPEN_MATCH_STATUSES } from '../../../../../shared/matching.ts';
import { addMonths } from '../../../../../shared/calendar-date.ts';

export type MatchRow = ApiOutput<'matching.list'>[number];
export type MeetingRow = ApiOutput<'matching.meetings'>[number];

export { MATCH_MEETING_KINDS } from '../../../../../shared/matching.ts';
const OPEN_STATUSES: readonly string[] = OPEN_MATCH_STATUSES;

/** YYYY-MM-DD plus whole months, clamped to the month's last day; '' while the date is not filled in. */
export function addMonthsIso(isoDate: string, months: number): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? addMonths(isoDate, months) : '';
}

/** A koblingsmøte time from the form's date and optional time: YYYY-MM-DD or YYYY-MM-DDTHH:MM; null without a date. */
export function introMeetingValue(date: string, time: string): string | null {
  if (!date) return null;
  return time ? `${date}T${time.slice(0, 5)}` : date;
}

/** The stored koblingsmøte time split back into the form's date and time. */
export function splitIntroMeeting(value: string | null): { date: string; time: string } {
  if (!value) return { date: '', time: '' };
  return { date: value.slice(0, 10), time: value.length > 10 ? value.slice(11, 16) : '' };
}

/** dd.mm.åååå, with kl. HH:MM when a time was given. */
export function introMeetingText(value: string | null): string {
  if (!value) return '';
  return value.length > 10 ? isoToDisplayTime(value) : isoToDisplay(value);
}

/** Open matches first (newest first within each group, as the API lists them). */
export function openFirst(rows: readonly MatchRow[]): MatchRow[] {
  return [...rows.filter((r) => OPEN_STATUSES.includes(r.status)), ...rows.filter((r) => !OPEN_STATUSES.includes(r.status))];
}
