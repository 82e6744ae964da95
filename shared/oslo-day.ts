/**
 * The office's calendar: a day is a day in Europe/Oslo (an event's, an erasure's, a consent's), whatever zone the computer or
 * the stored UTC instant is in (00:30 on 1 March in Oslo is 23:30 UTC on 28 February, and belongs
 * to 1 March).
 */
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

/** Milliseconds Oslo's wall clock is ahead of UTC at `ms` (3 600 000 in winter, 7 200 000 in summer). */
function osloOffset(ms: number): number {
  const part = Object.fromEntries(CLOCK.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - (ms - (ms % 1000));
}

/** The instant (UTC ISO, as stored) at which the Oslo day `date` (YYYY-MM-DD) begins. */
export function osloDayStart(date: string): string {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // Oslo's clocks change at 01:00 UTC, never at midnight, so the second guess is exact.
  const guess = midnightUtc - osloOffset(midnightUtc);
  return new Date(midnightUtc - osloOffset(guess)).toISOString();
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
