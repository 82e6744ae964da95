/**
 * Pure rules of the Rapporter screens (grants, timesheet, funder report): the value lists the
 * backend accepts, parsing of what staff type (Norwegian number formats), the report period and
 * the job progress. No React here, so it is tested in plain Node.
 */
import { HIDDEN_MARK } from '../../../../shared/report-marks.ts';

export { FUNDERS, GRANT_DEADLINE_KINDS, HOUR_ACTIVITIES, HOURS_PERSON_KINDS, type Funder, type GrantDeadlineKind, type HourActivity } from '../../../../shared/grants.ts';

/**
 * A number as staff type it: "1 200 000", "1200000,50", "7,5", "7.5". Spaces (also the
 * non-breaking ones Norwegian formatting puts in) group thousands; a comma or a point is the
 * decimal mark. Empty → null; anything else → NaN.
 */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '');
  if (compact === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

/** An amount in kr: empty is allowed (null), otherwise a number ≥ 0. */
export function parseAmount(text: string): { ok: true; value: number | null } | { ok: false } {
  const value = parseNumber(text);
  if (value === null) return { ok: true, value: null };
  return Number.isFinite(value) && value >= 0 ? { ok: true, value } : { ok: false };
}

/** Hours worked on one day: more than 0, at most 24, in quarter-hour steps or finer. */
export function parseHours(text: string): number | null {
  const value = parseNumber(text);
  if (value === null || !Number.isFinite(value) || value <= 0 || value > 24) return null;
  return Math.round(value * 100) / 100;
}

/** YYYY-MM-DD, a real calendar date. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** A period the user typed: both dates valid and from ≤ to. */
export function periodProblem(from: string, to: string): 'missing' | 'order' | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'missing';
  return from <= to ? null : 'order';
}

/** Whether a valid report period has days outside the grant's period (the report asks to confirm). */
export function outsideGrant(period: { from: string; to: string }, grant: { periodStart: string; periodEnd: string } | null): boolean {
  return !!grant && periodProblem(period.from, period.to) === null && (period.from < grant.periodStart || period.to > grant.periodEnd);
}

/**
 * The report period for a grant: the grant's own period by default; a period the user chose for
 * this grant is kept while the same grant stays selected.
 */
export function defaultPeriod(grant: { periodStart: string; periodEnd: string } | null | undefined): { from: string; to: string } {
  return grant ? { from: grant.periodStart, to: grant.periodEnd } : { from: '', to: '' };
}

/** A job's progress as a whole percentage 0–100; null while its total is unknown. */
export function jobPercent(status: { done: number; total: number; state: string }): number | null {
  if (status.state === 'done') return 100;
  if (!(status.total > 0)) return null;
  return Math.max(0, Math.min(100, Math.round((status.done / status.total) * 100)));
}

export type FunderTotals = {
  participantsActive: number;
  participantsNew: number;
  participantsCompleted: number;
  gotJob: number;
  events: number;
  attendance: number;
  hours: number;
  hoursValue: number;
};

/** The key totals in the order the preview shows them. */
export const TOTAL_KEYS = ['participantsActive', 'participantsNew', 'participantsCompleted', 'gotJob', 'events', 'attendance', 'hours', 'hoursValue'] as const satisfies readonly (keyof FunderTotals)[];

/**
 * A count as the report will show it: with "Skjul tall under 3", counts 1 and 2 get the mark every
 * hidden cell in the workbook has (HIDDEN_MARK, «:»); 0 stays 0: nobody can be identified from
 * nobody. Hours and kroner are not head counts.
 */
export function shownCount(key: keyof FunderTotals, value: number, suppressSmall: boolean): number | typeof HIDDEN_MARK {
  const headCount = key !== 'hours' && key !== 'hoursValue';
  return suppressSmall && headCount && value > 0 && value < 3 ? HIDDEN_MARK : value;
}

/** The job result of reports.startFunder, checked (jobs.status carries it as unknown). */
export function funderJobResult(result: unknown): { path: string; sheets: string[] } | null {
  if (typeof result !== 'object' || result === null) return null;
  const { path, sheets } = result as { path?: unknown; sheets?: unknown };
  if (typeof path !== 'string') return null;
  return { path, sheets: Array.isArray(sheets) ? sheets.filter((sheet): sheet is string => typeof sheet === 'string') : [] };
}

/** Days from `today` to `dueOn` (negative when overdue); both YYYY-MM-DD. */
export function daysUntil(dueOn: string, today: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(dueOn) - day(today)) / 86_400_000);
}
