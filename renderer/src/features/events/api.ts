/**
 * The events, kiosk and kit methods as the events screens use them (contracts: issue 5), with
 * their types from main/api's contract.
 */
import type { ApiInput, ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';

export { ATTENDANCE_STATUSES, EVENT_KINDS, type AttendanceStatus, type EventKind } from '../../../../shared/events.ts';
export type PersonKind = 'participant' | 'mentor' | 'guest';

export type EventSummary = ApiOutput<'events.get'>;
export type EventFields = ApiInput<'events.create'>;
export type RosterEntry = ApiOutput<'events.roster'>[number];
export type PersonEvents = ApiOutput<'events.forPerson'>;
export type KioskHit = ApiOutput<'kiosk.search'>[number];
export type KioskEvent = ApiOutput<'kiosk.enter'>;
export type KitImportSummary = ApiOutput<'kit.import'>;
export type Grant = ApiOutput<'grants.list'>[number];

/** The issue-5 methods (and grants.list for the form): the typed client under a name of its own. */
export const eventsCall = call;

export function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
