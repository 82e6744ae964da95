import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import { EVENT_TIME_ZONE } from '../../shared/oslo-day.ts';

export type InvitePerson = { name: string; email: string };

export type CalendarInvite = {
  /** Stable per event or match (eventUid / matchUid), so a later invitation replaces the earlier one. */
  uid: string;
  /** 0 for the first invitation; one more for each change people were invited to again. */
  sequence: number;
  title: string;
  description?: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  organiser: InvitePerson;
  attendees: readonly InvitePerson[];
  /** When the invitation was made (DTSTAMP). */
  stampedAt: string;
  /** Length used when there is no end: 1 hour. */
  defaultMinutes?: number;
};

export const eventUid = (eventId: string): string => `event-${eventId}@koble`;
export const matchUid = (matchId: string): string => `koblingsmote-${matchId}@koble`;

/**
 * An iCalendar invitation (RFC 5545): METHOD:REQUEST, times in Europe/Oslo with its VTIMEZONE,
 * the office as organiser and the recipients as attendees asked to reply.
 */
export function calendarInvite(invite: CalendarInvite): string {
  const calendar = ical({ prodId: { company: 'Koble', product: 'Koble', language: 'NB' }, method: ICalCalendarMethod.REQUEST });
  // The zone is named on the event only: a calendar-wide zone would make DTSTAMP a floating local time (it must be UTC).
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  // TZDate: ical-generator writes its Oslo wall clock, whatever zone this computer is in (a plain Date would give local hours).
  const startMs = Date.parse(invite.startsAt);
  const start = new TZDate(startMs, EVENT_TIME_ZONE);
  const end = new TZDate(invite.endsAt ? Date.parse(invite.endsAt) : startMs + (invite.defaultMinutes ?? 60) * 60_000, EVENT_TIME_ZONE);
  calendar.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    stamp: new Date(invite.stampedAt),
    start,
    end,
    timezone: EVENT_TIME_ZONE,
    summary: invite.title,
    description: invite.description ?? null,
    location: invite.place ?? null,
    organizer: { name: invite.organiser.name, email: invite.organiser.email },
    attendees: invite.attendees.map((a) => ({ name: a.name, email: a.email, rsvp: true, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION })),
  });
  return calendar.toString();
}
