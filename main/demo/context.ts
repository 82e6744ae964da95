import type { Faker } from '@faker-js/faker';
import type {
  NewAttendance,
  NewAuditEntry,
  NewCohort,
  NewConsent,
  NewEvent,
  NewEventGuest,
  NewFollowUp,
  NewGrant,
  NewGrantDeadline,
  NewHours,
  NewMatch,
  NewMatchExclusion,
  NewMatchMeeting,
  NewMentor,
  NewOrganisation,
  NewOutcome,
  NewParticipant,
  NewPlacement,
  NewProgressionForm,
  NewReferenceValue,
  NewStageChange,
  GrantCohort,
} from '../../db/schema/index.ts';
import { osloInstant } from './dates.ts';
import type { DemoHourly } from './rates.ts';
import type { Rng } from './random.ts';

/** Every row the generator makes, per table, in insertion order. */
export type DemoRows = {
  organisations: NewOrganisation[];
  cohorts: NewCohort[];
  grants: NewGrant[];
  grantDeadlines: NewGrantDeadline[];
  grantCohorts: GrantCohort[];
  referenceValues: NewReferenceValue[];
  mentors: NewMentor[];
  participants: NewParticipant[];
  stageChanges: NewStageChange[];
  matches: NewMatch[];
  matchExclusions: NewMatchExclusion[];
  matchMeetings: NewMatchMeeting[];
  placements: NewPlacement[];
  outcomes: NewOutcome[];
  progressionForms: NewProgressionForm[];
  eventGuests: NewEventGuest[];
  events: NewEvent[];
  attendance: NewAttendance[];
  followUps: NewFollowUp[];
  hours: NewHours[];
  consents: NewConsent[];
  auditLog: NewAuditEntry[];
};

export function emptyRows(): DemoRows {
  return {
    organisations: [], cohorts: [], grants: [], grantDeadlines: [], grantCohorts: [], referenceValues: [],
    mentors: [], participants: [], stageChanges: [], matches: [], matchExclusions: [], matchMeetings: [],
    placements: [], outcomes: [], progressionForms: [], eventGuests: [], events: [], attendance: [],
    followUps: [], hours: [], consents: [], auditLog: [],
  };
}

/** What every step of the generator shares. */
export type DemoContext = {
  readonly rng: Rng;
  /** Row ids come from their own stream, salted by what the programme already holds, so adding demo data twice never clashes. */
  readonly ids: Rng;
  readonly faker: Faker;
  /** 'YYYY-MM-DD': nothing is dated after it, except planned things (events, deadlines, ends). */
  readonly today: string;
  readonly staffId: string;
  readonly rows: DemoRows;
  /** Hourly values for the hours written (set once the mentors exist; main/demo/rates.ts). */
  hourly: DemoHourly;
};

/** A deterministic instant on a date during office hours (Oslo time). */
export function officeInstant(ctx: DemoContext, date: string): string {
  return osloInstant(date, ctx.rng.int(8, 15), ctx.rng.int(0, 59));
}
