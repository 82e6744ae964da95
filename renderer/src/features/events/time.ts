/**
 * Event times: the form takes a date and a time on the Oslo wall clock, the API stores ISO UTC
 * instants, and every screen shows them in Europe/Oslo whatever the computer's own zone is.
 */
import { osloToIso, osloWall } from '../../../../shared/oslo-day.ts';

export { osloToIso, osloWall };

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
