/** Event values, for both sides: db/schema/events.ts stores them, the renderer's event form and roster show them. */

/** inspirasjonsmøte, nettverkstreff, språkkafé, kurs, konferanse, annet. */
export const EVENT_KINDS = ['inspirasjonsmote', 'nettverkstreff', 'sprakkafe', 'kurs', 'konferanse', 'annet'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** waitlisted: invited when the event was full; not counted as a place taken. */
export const ATTENDANCE_STATUSES = ['registered', 'attended', 'no_show', 'cancelled', 'waitlisted'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
