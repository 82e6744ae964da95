/**
 * Event times: the form takes a date and a time on the Oslo wall clock, the API stores ISO UTC
 * instants, and every screen shows them in Europe/Oslo whatever the computer's own zone is.
 */
import { EVENT_TIME_ZONE } from '../../../../shared/oslo-day.ts';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

type Wall = { date: string; time: string };

/** The Oslo wall clock at an instant: date YYYY-MM-DD and time HH:mm. */
export function osloWall(instant: string | Date): Wall | null {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return null;
  const get = (type: string) => PARTS.formatToParts(at).find((part) => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

function offsetMinutes(at: Date): number {
  const parts = Object.fromEntries(PARTS.formatToParts(at).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
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
  // Two rounds find the offset in force at that wall time (also across the summer-time change).
  let guess = wallAsUtc - offsetMinutes(new Date(wallAsUtc)) * 60_000;
  guess = wallAsUtc - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess).toISOString();
}

/** dd.mm.åååå in Oslo. */
export function osloDate(instant: string | null | undefined): string {
  const wall = instant ? osloWall(instant) : null;
  if (!wall) return '';
  const [y, m, d] = wall.date.split('-');
  return `${d}.${m}.${y}`;
}

/** HH:mm in Oslo. */
export function osloTime(instant: string | null | undefined): string {
  return (instant ? osloWall(instant)?.time : null) ?? '';
}

/** dd.mm.åååå HH:mm in Oslo. */
export function osloDateTime(instant: string | null | undefined): string {
  const date = osloDate(instant);
  return date ? `${date} ${osloTime(instant)}` : '';
}
