import type {
  AttendanceSource,
  AttendanceStatus,
  EducationLevel,
  EventKind,
  Funder,
  Gender,
  HourActivity,
  ImmigrationReason,
  MatchStatus,
  OutcomeCategory,
  OutcomeTimepoint,
  PlacementStatus,
  ProgressionScale,
  ProgressionTimepoint,
  Track,
} from '../../../db/schema/index.ts';
import type { StageEvent } from '../../pipeline/replay.ts';

/** A report period: both days included, YYYY-MM-DD. */
export type Period = { from: string; to: string };

export type ReportGrant = {
  id: string;
  funder: Funder;
  funderName: string;
  scheme: string | null;
  caseNumber: string | null;
  amount: number | null;
  periodStart: string;
  periodEnd: string;
};

/** How the report decided which participants belong to the grant (see definitions.ts). */
export type ReportScope = 'cohorts' | 'events';

/** One participant in the grant's scope, with only the columns the report counts (an erased stub keeps a few). */
export type ReportParticipant = {
  id: string;
  gender: Gender;
  birthYear: number | null;
  countryOfBackground: string | null;
  municipalityNumber: string | null;
  immigrationReason: ImmigrationReason | null;
  arrivalYear: number | null;
  educationLevel: EducationLevel | null;
  field: string | null;
  track: Track;
  cohortId: string | null;
  registeredOn: string;
  erased: boolean;
};

export type ReportOutcome = { participantId: string; timepoint: OutcomeTimepoint; category: OutcomeCategory; outcomeOn: string };

export type ReportForm = { participantId: string; timepoint: ProgressionTimepoint; filledOn: string; scores: Record<ProgressionScale, number | null> };

export type ReportMatch = { participantId: string; mentorId: string; status: MatchStatus; startedOn: string | null; confirmedOn: string | null; endedOn: string | null };

export type ReportMentor = { id: string; registeredOn: string; erased: boolean };

export type ReportPlacement = { participantId: string; status: PlacementStatus; startsOn: string | null; endsOn: string | null; endedOn: string | null };

/** Attendance of one event, counted in SQL: rows by status, and attended rows by kind of person. */
export type EventAttendance = {
  /** Attended participants in the grant's scope (its cohorts' participants; everyone for a grant without cohorts). */
  attendedParticipants: number;
  /** Attended participants of cohorts the grant does not fund (a cohort grant's event open to others). */
  attendedOtherParticipants: number;
  attendedMentors: number;
  attendedGuests: number;
  /** Attended rows registered at the door (kiosk walk-ins), any kind of person. */
  walkIns: number;
  registered: number;
  noShow: number;
  cancelled: number;
};

export type ReportEvent = {
  id: string;
  kind: EventKind;
  title: string;
  /** The event's day in Europe/Oslo. */
  startsOn: string;
  place: string | null;
  cohortName: string | null;
  attendance: EventAttendance;
};

export type HoursPersonKind = 'staff' | 'mentor' | 'volunteer' | 'none';

export type ReportHours = {
  workedOn: string;
  personKind: HoursPersonKind;
  /** Staff: the name; mentor and volunteer: a pseudonym (never their name in a funder report). */
  personLabel: string;
  activity: HourActivity;
  hours: number;
  hourlyValue: number | null;
};

/** Everything the counting needs, read in one pass (loader.ts). Pure data. */
export type ReportData = {
  grant: ReportGrant;
  period: Period;
  scope: ReportScope;
  /** The cohorts the grant funds, in start order. */
  cohorts: { id: string; name: string }[];
  /** Every cohort's name by id (participants in event-scoped grants may be in any cohort). */
  cohortNames: [string, string][];
  participants: ReportParticipant[];
  stageChanges: StageEvent[];
  outcomes: ReportOutcome[];
  forms: ReportForm[];
  matches: ReportMatch[];
  mentors: ReportMentor[];
  placements: ReportPlacement[];
  events: ReportEvent[];
  /** Distinct participants in the grant's scope who attended (status møtt) one of the events. */
  uniqueParticipantsAtEvents: number;
  hours: ReportHours[];
  /** An office's own field codes → the shipped code they are reported as. */
  fieldMap: Record<string, string>;
};

export type { AttendanceSource, AttendanceStatus };
