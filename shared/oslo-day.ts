/**
 * The office's calendar: a day is a day in Europe/Oslo (an event's, an erasure's, a consent's), whatever zone the computer or
 * the stored UTC instant is in (00:30 on 1 March in Oslo is 23:30 UTC on 28 February, and belongs
 * to 1 March).
 */
import { addDays } from './calendar-date.ts';

export const EVENT_TIME_ZONE = 'Europe/Oslo';

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: EVENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** YYYY-MM-DD: the Oslo day of an instant (ISO text or Date). */
export function osloDate(instant: string | Date): string {
  return DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * Today: the Oslo day at `now` — Koble's one definition of "today". Read the clock once at the
 * edge (an API handler, a CLI command) and pass the day to the rules.
 */
export function osloToday(now: Date = new Date()): string {
  return DAY.format(now);
}

/** The Oslo calendar year at `now` (2027 from 23:00 UTC on New Year's Eve). */
export function osloYear(now: Date = new Date()): number {
  return Number(osloToday(now).slice(0, 4));
}

function clockParts(at: Date): Record<string, string> {
  return Object.fromEntries(CLOCK.formatToParts(at).map((p) => [p.type, p.value]));
}

/** Milliseconds Oslo's wall clock is ahead of UTC at `ms` (3 600 000 in winter, 7 200 000 in summer). */
function osloOffset(ms: number): number {
  const part = clockParts(new Date(ms));
  return Date.UTC(Number(part.year), Number(part.month) - 1, Number(part.day), Number(part.hour), Number(part.minute), Number(part.second)) - Math.floor(ms / 1000) * 1000;
}

/** The instant of an Oslo wall time given as if it were UTC; two rounds find the offset in force then (also across a clock change). */
function osloWallToInstant(wallAsUtc: number): number {
  const guess = wallAsUtc - osloOffset(wallAsUtc);
  return wallAsUtc - osloOffset(guess);
}

/** The instant (UTC ISO, as stored) at which the Oslo day `date` (YYYY-MM-DD) begins. */
export function osloDayStart(date: string): string {
  // Oslo's clocks change at 01:00 UTC, never at midnight, so the second guess is exact.
  return new Date(osloWallToInstant(Date.parse(`${date}T00:00:00Z`))).toISOString();
}

/** The Oslo wall clock at an instant: date YYYY-MM-DD and time HH:mm; null for an invalid instant. */
export function osloWall(instant: string | Date): { date: string; time: string } | null {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return null;
  const part = clockParts(at);
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/**
 * The ISO UTC instant of a date (YYYY-MM-DD) and time (HH:mm) on the Oslo wall clock; null for
 * text that is not a date and a time. A time skipped by the spring change counts as the hour after.
 */
export function osloToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wallAsUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wallAsUtc)) return null;
  return new Date(osloWallToInstant(wallAsUtc)).toISOString();
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  return addDays(date, 1);
}
