import { z } from 'zod';
import { entityId, isoDate } from '../../people/value-schemas.ts';
import { createEvent, getEvent, listEvents, removeEvent, updateEvent } from '../../events/event-repository.ts';
import { eventChangesSchema, guestSchema, inviteSchema, newEventSchema, setStatusSchema } from '../../events/event-input.ts';
import { addGuest, invite, removeFromRoster, rosterOf, setStatus } from '../../events/roster.ts';
import { eventsForPerson } from '../../events/person-events.ts';
import { method } from '../method.ts';

export const eventHandlers = {
  /** Events, newest first; `from`/`to` are dates (Europe/Oslo days) the event starts within. */
  'events.list': method(z.object({ from: isoDate.optional(), to: isoDate.optional() }), (input, { session }) => listEvents(session.requireVault().db, input)),

  'events.get': method(z.object({ eventId: entityId }), ({ eventId }, { session }) => getEvent(session.requireVault().db, eventId)),

  'events.create': method(newEventSchema, (input, { session }) => createEvent(session.requireVault().db, input, session.staffId)),

  'events.update': method(z.object({ eventId: entityId, changes: eventChangesSchema }), ({ eventId, changes }, { session }) =>
    updateEvent(session.requireVault().db, eventId, changes, session.staffId),
  ),

  /** Refused (EVENT_HAS_ATTENDANCE) while anyone is checked in: the attendance counts belong to funder reports. */
  'events.remove': method(z.object({ eventId: entityId }), ({ eventId }, { session }) => {
    removeEvent(session.requireVault().db, eventId, session.staffId);
    return null;
  }),

  /** The roster, by last name then first name; erased people are left out (their rows still count). */
  'events.roster': method(z.object({ eventId: entityId }), ({ eventId }, { session }) => rosterOf(session.requireVault().db, eventId)),

  /** Adds participants and mentors by hand, a whole cohort, or a filter (stages, kinds); people already on the roster are counted, not duplicated. */
  'events.invite': method(inviteSchema, (input, { session }) => invite(session.requireVault().db, input, session.staffId)),

  /** An external guest (employer, speaker) with minimal fields, put on the roster. */
  'events.addGuest': method(guestSchema, (input, { session }) => addGuest(session.requireVault().db, input, session.staffId)),

  /** Attendance status for several rows at once (the paper sign-in sheet); one transaction. */
  'events.setStatus': method(setStatusSchema, (input, { session }) => setStatus(session.requireVault().db, input, session.staffId)),

  'events.removeFromRoster': method(z.object({ eventId: entityId, attendanceId: entityId }), ({ eventId, attendanceId }, { session }) => {
    removeFromRoster(session.requireVault().db, eventId, attendanceId, session.staffId);
    return null;
  }),

  /** A person's attendance: counts and the events, newest first (the person panel). */
  'events.forPerson': method(z.object({ personKind: z.enum(['participant', 'mentor', 'guest']), personId: entityId }), ({ personKind, personId }, { session }) =>
    eventsForPerson(session.requireVault().db, personKind, personId),
  ),
};
