import type { AttendanceSource, AttendanceStatus, EventKind } from '../../db/schema/index.ts';

/** Who can be on a roster: a participant, a mentor, or an external guest (event_guests). */
export type RosterPersonKind = 'participant' | 'mentor' | 'guest';

export type AttendanceCounts = { registered: number; attended: number; noShow: number; cancelled: number; waitlisted: number; total: number };

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
  counts: AttendanceCounts;
};

export type RosterEntry = {
  attendanceId: string;
  personKind: RosterPersonKind;
  personId: string;
  firstName: string;
  lastName: string;
  /** What tells two people with the same name apart ("f. 1987 · Skien", "tlf …123"); null when the name is unique on the roster. */
  hint: string | null;
  status: AttendanceStatus;
  checkedInAt: string | null;
  source: AttendanceSource;
};

/** One row of the kiosk's search: only what the door needs. */
export type KioskHit = {
  attendanceId: string;
  firstName: string;
  lastName: string;
  hint: string | null;
  personKind: RosterPersonKind;
  status: AttendanceStatus;
  checkedInAt: string | null;
};

export type PersonEvents = {
  counts: { invited: number; attended: number; noShow: number; cancelled: number };
  events: { eventId: string; title: string; kind: EventKind; startsAt: string; status: AttendanceStatus; checkedInAt: string | null }[];
};

export type I18nText = { key: string; params: Record<string, string | number> };

export type KitConflict = {
  conflictId: string;
  kind: string;
  personName: string;
  detail: I18nText;
  choices: { choice: string; label: I18nText }[];
};

export type KitImportSummary = { checkIns: number; walkIns: number; matched: number; unchanged: number; conflicts: KitConflict[] };
