/**
 * The events, kiosk and kit methods as the events screens use them (contracts: issue 5).
 * `eventsCall` is the typed client for these names.
 */
import { call } from '../../api/client.ts';

export const EVENT_KINDS = ['inspirasjonsmote', 'nettverkstreff', 'sprakkafe', 'kurs', 'konferanse', 'annet'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const ATTENDANCE_STATUSES = ['registered', 'attended', 'no_show', 'cancelled'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export type PersonKind = 'participant' | 'mentor' | 'guest';

export type EventCounts = { registered: number; attended: number; noShow: number; cancelled: number; total: number };
export type EventSummary = {
  id: string;
  kind: EventKind;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  capacity: number | null;
  organiser: string | null;
  grantId: string | null;
  cohortId: string | null;
  description: string | null;
  counts: EventCounts;
};
export type EventFields = {
  kind: EventKind;
  title: string;
  startsAt: string;
  endsAt?: string | null;
  place?: string | null;
  capacity?: number | null;
  organiser?: string | null;
  grantId?: string | null;
  cohortId?: string | null;
  description?: string | null;
};
export type RosterEntry = {
  attendanceId: string;
  personKind: PersonKind;
  personId: string;
  firstName: string;
  lastName: string;
  hint: string | null;
  status: AttendanceStatus;
  checkedInAt: string | null;
  source: 'roster' | 'walk_in' | 'kit' | 'paper';
};
export type PersonEvents = {
  counts: { invited: number; attended: number; noShow: number; cancelled: number };
  events: { eventId: string; title: string; kind: EventKind; startsAt: string; status: AttendanceStatus; checkedInAt: string | null }[];
};
export type KioskHit = {
  attendanceId: string;
  firstName: string;
  lastName: string;
  hint: string | null;
  personKind: PersonKind;
  status: AttendanceStatus;
  checkedInAt: string | null;
};
export type KioskEvent = { eventId: string; title: string; startsAt: string };
export type KioskStatus = { mode: 'none' | 'kiosk' | 'kit'; eventId?: string; title?: string; startsAt?: string; counts?: Partial<EventCounts> };
export type I18nText = { key: string; params: Record<string, string | number> };
export type KitConflict = { conflictId: string; kind: string; personName: string; detail: I18nText; choices: { choice: string; label: I18nText }[] };
export type KitImportSummary = { checkIns: number; walkIns: number; matched: number; unchanged: number; conflicts: KitConflict[] };
export type Grant = { id: string; funderName: string; scheme: string | null; caseNumber: string | null; periodStart: string; periodEnd: string };

type Methods = {
  'events.list': [{ from?: string; to?: string }, EventSummary[]];
  'events.get': [{ eventId: string }, EventSummary];
  'events.create': [EventFields, EventSummary];
  'events.update': [{ eventId: string; changes: Partial<EventFields> }, EventSummary];
  'events.remove': [{ eventId: string }, null];
  'events.roster': [{ eventId: string }, RosterEntry[]];
  'events.invite': [
    { eventId: string; people?: { kind: 'participant' | 'mentor'; id: string }[]; cohortId?: string; filter?: { stages?: string[]; kinds?: ('participant' | 'mentor')[] } },
    { added: number; alreadyOnRoster: number },
  ];
  'events.addGuest': [
    { eventId: string; firstName: string; lastName: string; email?: string; phone?: string; organisationName?: string; source?: 'roster' | 'paper' },
    RosterEntry,
  ];
  'events.setStatus': [{ eventId: string; attendanceIds: string[]; status: AttendanceStatus; source?: 'paper' }, RosterEntry[]];
  'events.removeFromRoster': [{ eventId: string; attendanceId: string }, null];
  'events.forPerson': [{ personKind: PersonKind; personId: string }, PersonEvents];
  'kiosk.enter': [{ eventId: string }, KioskEvent];
  'kiosk.status': [Record<string, never>, KioskStatus];
  'kiosk.search': [{ query: string; limit?: number }, KioskHit[]];
  'kiosk.checkIn': [{ attendanceId: string }, { result: 'checked_in' | 'already'; checkedInAt: string }];
  'kiosk.undo': [{ attendanceId: string }, KioskHit];
  'kiosk.walkIn': [{ firstName: string; lastName: string; phone?: string; email?: string; role: PersonKind; consent: boolean }, KioskHit];
  'kiosk.consentText': [{ language: 'nb' | 'en' }, { text: string; version: string | number }];
  'kiosk.leave': [{ passphrase: string }, null];
  'kit.chooseExportFile': [{ eventId: string }, { path: string } | null];
  'kit.export': [{ eventId: string; path: string; passphrase: string }, { path: string; people: number }];
  'kit.chooseFile': [Record<string, never>, { path: string } | null];
  'kit.open': [{ path: string; passphrase: string }, KioskEvent];
  'kit.import': [{ path: string; passphrase: string }, KitImportSummary];
  'kit.resolve': [{ path: string; passphrase: string; decisions: { conflictId: string; choice: string }[] }, KitImportSummary];
  'grants.list': [Record<string, never>, Grant[]];
};
export type EventsMethod = keyof Methods;

/** One of the issue-5 methods, typed by the contract above. */
export function eventsCall<M extends EventsMethod>(method: M, input: Methods[M][0]): Promise<Methods[M][1]> {
  const untyped = call as unknown as (name: string, value: unknown) => Promise<Methods[M][1]>;
  return untyped(method, input);
}

export function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
