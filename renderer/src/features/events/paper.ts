import type { AttendanceStatus } from './api.ts';

/**
 * What "Lagre" sends from the paper list: ticked rows not yet attended become attended; unticked
 * rows that were invited (registered) or attended become "ikke møtt". Cancelled rows stay cancelled
 * unless ticked.
 */
export function paperChanges(roster: readonly { attendanceId: string; status: AttendanceStatus }[], ticked: ReadonlySet<string>): { attended: string[]; noShow: string[] } {
  const attended: string[] = [];
  const noShow: string[] = [];
  for (const entry of roster) {
    const on = ticked.has(entry.attendanceId);
    if (on && entry.status !== 'attended') attended.push(entry.attendanceId);
    else if (!on && (entry.status === 'registered' || entry.status === 'attended')) noShow.push(entry.attendanceId);
  }
  return { attended, noShow };
}
