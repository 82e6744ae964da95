import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  attendance,
  cohorts,
  consents,
  events,
  followUps,
  hours,
  mailOutbox,
  matchExclusions,
  matches,
  matchMeetings,
  mentors,
  organisations,
  outcomes,
  participants,
  placements,
  progressionForms,
  stageChanges,
  staff,
  type Attendance,
  type Consent,
  type FollowUp,
  type Hours,
  type OutboxRow,
  type Match,
  type MatchExclusion,
  type MatchMeeting,
  type Outcome,
  type Placement,
  type ProgressionForm,
  type StageChange,
} from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { auditForPerson, type PersonAuditEntry } from './person-audit.ts';
import { fullName, type PersonRecord } from './person.ts';

type ByStaff = { staffName: string | null };

/** Everything the programme holds about one person, as rows (innsyn reads it; export-data.ts shapes it). */
export type PersonSnapshot = {
  person: PersonRecord;
  /** Names behind the person's own reference columns. */
  names: { cohort: string | null; coordinator: string | null; navOffice: string | null; organisation: string | null };
  stageChanges: (StageChange & ByStaff)[];
  followUps: (FollowUp & ByStaff)[];
  matches: (Match & ByStaff & { counterpartName: string | null })[];
  matchMeetings: MatchMeeting[];
  matchExclusions: MatchExclusion[];
  placements: (Placement & { organisationName: string | null; navOfficeName: string | null })[];
  attendance: (Attendance & { eventTitle: string; eventKind: string; eventStartsAt: string })[];
  consents: Consent[];
  outcomes: (Outcome & { organisationName: string | null })[];
  progressionForms: ProgressionForm[];
  hours: Hours[];
  /** E-mails Koble wrote to the person (the outbox), oldest first. */
  messages: OutboxRow[];
  audit: PersonAuditEntry[];
};

function nameOf(db: KobleDb, table: typeof organisations | typeof cohorts | typeof staff, id: string | null | undefined): string | null {
  if (!id) return null;
  return db.select({ name: table.name }).from(table).where(eq(table.id, id)).get()?.name ?? null;
}

/** Reads the snapshot. Read-only; call inside one transaction for a consistent picture. */
export function readPersonSnapshot(db: KobleDb, person: PersonRecord): PersonSnapshot {
  const isParticipant = person.kind === 'participant';
  const id = person.id;
  const withStaff = { staffName: staff.name };
  const navOffice = alias(organisations, 'nav_office');

  const names = {
    cohort: isParticipant ? nameOf(db, cohorts, person.row.cohortId) : null,
    coordinator: isParticipant ? nameOf(db, staff, person.row.coordinatorId) : null,
    navOffice: isParticipant ? nameOf(db, organisations, person.row.navOfficeId) : null,
    organisation: !isParticipant ? nameOf(db, organisations, person.row.organisationId) : null,
  };

  const counterpart = isParticipant ? mentors : participants;
  const matchRows = db
    .select({ match: matches, staffName: staff.name, first: counterpart.firstName, last: counterpart.lastName, erasedAt: counterpart.erasedAt })
    .from(matches)
    .leftJoin(staff, eq(staff.id, matches.staffId))
    .innerJoin(counterpart, eq(counterpart.id, isParticipant ? matches.mentorId : matches.participantId))
    .where(isParticipant ? eq(matches.participantId, id) : eq(matches.mentorId, id))
    .orderBy(asc(matches.createdAt))
    .all()
    .map((r) => ({ ...r.match, staffName: r.staffName, counterpartName: r.erasedAt ? null : fullName({ firstName: r.first, lastName: r.last }) }));
  const matchIds = matchRows.map((m) => m.id);

  return {
    person,
    names,
    stageChanges: isParticipant
      ? db.select({ row: stageChanges, ...withStaff }).from(stageChanges).leftJoin(staff, eq(staff.id, stageChanges.staffId)).where(eq(stageChanges.participantId, id))
          .orderBy(asc(stageChanges.effectiveOn), asc(stageChanges.recordedAt)).all().map((r) => ({ ...r.row, staffName: r.staffName }))
      : [],
    followUps: db.select({ row: followUps, ...withStaff }).from(followUps).leftJoin(staff, eq(staff.id, followUps.staffId))
      .where(isParticipant ? eq(followUps.participantId, id) : eq(followUps.mentorId, id)).orderBy(asc(followUps.contactedOn)).all()
      .map((r) => ({ ...r.row, staffName: r.staffName })),
    matches: matchRows,
    matchMeetings: matchIds.length ? db.select().from(matchMeetings).where(inArray(matchMeetings.matchId, matchIds)).orderBy(asc(matchMeetings.metOn)).all() : [],
    matchExclusions: db.select().from(matchExclusions).where(isParticipant ? eq(matchExclusions.participantId, id) : eq(matchExclusions.mentorId, id)).all(),
    placements: isParticipant
      ? db.select({ row: placements, organisationName: organisations.name, navOfficeName: navOffice.name }).from(placements)
          .leftJoin(organisations, eq(organisations.id, placements.organisationId)).leftJoin(navOffice, eq(navOffice.id, placements.navOfficeId))
          .where(eq(placements.participantId, id)).orderBy(asc(placements.startsOn)).all()
          .map((r) => ({ ...r.row, organisationName: r.organisationName, navOfficeName: r.navOfficeName }))
      : [],
    attendance: db.select({ row: attendance, eventTitle: events.title, eventKind: events.kind, eventStartsAt: events.startsAt }).from(attendance)
      .innerJoin(events, eq(events.id, attendance.eventId)).where(isParticipant ? eq(attendance.participantId, id) : eq(attendance.mentorId, id))
      .orderBy(asc(events.startsAt)).all().map((r) => ({ ...r.row, eventTitle: r.eventTitle, eventKind: r.eventKind, eventStartsAt: r.eventStartsAt })),
    consents: db.select().from(consents).where(isParticipant ? eq(consents.participantId, id) : eq(consents.mentorId, id)).orderBy(asc(consents.givenOn)).all(),
    outcomes: isParticipant
      ? db.select({ row: outcomes, organisationName: organisations.name }).from(outcomes).leftJoin(organisations, eq(organisations.id, outcomes.organisationId))
          .where(eq(outcomes.participantId, id)).orderBy(asc(outcomes.outcomeOn)).all().map((r) => ({ ...r.row, organisationName: r.organisationName }))
      : [],
    progressionForms: isParticipant ? db.select().from(progressionForms).where(eq(progressionForms.participantId, id)).orderBy(asc(progressionForms.filledOn)).all() : [],
    hours: !isParticipant ? db.select().from(hours).where(eq(hours.mentorId, id)).orderBy(asc(hours.workedOn)).all() : [],
    messages: db.select().from(mailOutbox).where(isParticipant ? eq(mailOutbox.participantId, id) : eq(mailOutbox.mentorId, id)).orderBy(asc(mailOutbox.createdAt)).all(),
    audit: auditForPerson(db, id),
  };
}
