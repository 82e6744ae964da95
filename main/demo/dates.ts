/** The demo generator's own date helpers; the calendar arithmetic itself is shared/calendar-date.ts. */
import { addDays, fromDays, toDays } from '../../shared/calendar-date.ts';

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: string): number {
  return (toDays(date) + 3) % 7;
}

/** Moves a date forward to a weekday (Mon–Fri). */
export function nextWorkday(date: string): string {
  const w = weekday(date);
  return w === 5 ? addDays(date, 2) : w === 6 ? addDays(date, 1) : date;
}

/** Last Sunday of a month, as a date. */
function lastSunday(year: number, month: number): string {
  const last = fromDays(toDays(`${year}-${TWO[month + 1] ?? '12'}-01`) - 1);
  return addDays(last, -((weekday(last) + 1) % 7));
}

/** Summer time in Norway per year: [first day, first day after]. */
const summerTime = new Map<number, readonly [string, string]>();

/** The instant (UTC ISO) of a wall-clock time in Norway (CET/CEST). */
export function osloInstant(date: string, hour: number, minute = 0): string {
  const year = yearOf(date);
  let summer = summerTime.get(year);
  if (!summer) {
    summer = [lastSunday(year, 3), lastSunday(year, 10)];
    summerTime.set(year, summer);
  }
  const utcHour = hour - (date >= summer[0] && date < summer[1] ? 2 : 1);
  const day = utcHour < 0 ? addDays(date, -1) : date;
  return `${day}T${TWO[(utcHour + 24) % 24]}:${TWO[minute]}:00.000Z`;
}
