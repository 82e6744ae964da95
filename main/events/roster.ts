import { and, eq, inArray, isNull } from 'drizzle-orm';
import { attendance, eventGuests, mentors, participants } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { searchTextOf } from '../search/fold.ts';
import { capacityPlan, type CapacityPlan } from './capacity.ts';
import { findEvent } from './event-repository.ts';
import type { GuestInput, InviteInput, SetStatusInput } from './event-input.ts';
import { hintsFor, type HintFacts } from './hints.ts';
import type { RosterEntry, RosterPersonKind } from './types.ts';

type RosterRow = Omit<RosterEntry, 'hint'> &
  HintFacts & { mp: string | null; mm: string | null; orgName: string | null; guestOrg: string | null; erasedAt: string | null };

const ROSTER_SQL = `
  select a.id as attendanceId, a.status, a.checked_in_at as checkedInAt, a.source,
    case when a.participant_id is not null then 'participant' when a.mentor_id is not null then 'mentor' else 'guest' end as personKind,
    coalesce(a.participant_id, a.mentor_id, a.guest_id) as personId,
    coalesce(p.first_name, m.first_name, g.first_name) as firstName,
    coalesce(p.last_name, m.last_name, g.last_name) as lastName,
    coalesce(p.birth_year, m.birth_year) as birthYear,
    p.municipality_number as mp, m.municipality_number as mm, o.name as orgName, g.organisation_name as guestOrg,
    coalesce(p.phone, m.phone, g.phone) as phone, coalesce(p.email, m.email, g.email) as email,
    coalesce(p.erased_at, m.erased_at, g.erased_at) as erasedAt
  from attendance a
    left join participants p on p.id = a.participant_id
    left join mentors m on m.id = a.mentor_id
    left join organisations o on o.id = m.organisation_id
    left join event_guests g on g.id = a.guest_id
  where a.event_id = ?`;

const collator = new Intl.Collator('nb', { sensitivity: 'base' });

/** Roster rows with hints; `where` narrows to some attendance ids (same hints as the whole roster). */
export function rosterOf(db: KobleDb, eventId: string, only?: ReadonlySet<string>): RosterEntry[] {
  findEvent(db, eventId);
  const rows = (prepared(db, ROSTER_SQL).all(eventId) as RosterRow[]).filter((r) => r.erasedAt === null);
  for (const r of rows) {
    r.municipalityNumber = r.mp ?? r.mm;
    r.organisation = r.personKind === 'guest' ? r.guestOrg : r.orgName;
  }
  const hints = hintsFor(rows);
  return rows
    .filter((r) => !only || only.has(r.attendanceId))
    .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName))
    .map((r) => ({
      attendanceId: r.attendanceId,
      personKind: r.personKind,
      personId: r.personId,
      firstName: r.firstName,
      lastName: r.lastName,
      hint: hints.get(r) ?? null,
      status: r.status,
      checkedInAt: r.checkedInAt,
      source: r.source,
    }));
}

export function personColumns(kind: RosterPersonKind, id: string) {
  return { participantId: kind === 'participant' ? id : null, mentorId: kind === 'mentor' ? id : null, guestId: kind === 'guest' ? id : null };
}

/** Participants and mentors to invite: explicit people, a cohort's participants, a filter (stages, kinds); erased people never. */
function peopleToInvite(db: KobleDb, input: InviteInput): { kind: 'participant' | 'mentor'; id: string }[] {
  const chosen = new Map<string, { kind: 'participant' | 'mentor'; id: string }>();
  const add = (kind: 'participant' | 'mentor', id: string) => chosen.set(`${kind}:${id}`, { kind, id });
  for (const person of input.people ?? []) {
    const table = person.kind === 'participant' ? participants : mentors;
    const row = db.select({ id: table.id, erasedAt: table.erasedAt }).from(table).where(eq(table.id, person.id)).get();
    if (!row || row.erasedAt) throw new KobleError('API_NOT_FOUND', `No ${person.kind} has that id`, { id: person.id });
    add(person.kind, person.id);
  }
  if (input.cohortId !== undefined || input.filter !== undefined) {
    const kinds = input.filter?.kinds ?? (input.cohortId !== undefined || input.filter?.stages ? ['participant'] : ['participant', 'mentor']);
    if (kinds.includes('participant')) {
      const conditions = [isNull(participants.erasedAt)];
      if (input.cohortId !== undefined) conditions.push(eq(participants.cohortId, input.cohortId));
      if (input.filter?.stages?.length) conditions.push(inArray(participants.stage, input.filter.stages as (typeof participants.stage._.data)[]));
      for (const row of db.select({ id: participants.id }).from(participants).where(and(...conditions)).all()) add('participant', row.id);
    }
    if (kinds.includes('mentor')) {
      for (const row of db.select({ id: mentors.id }).from(mentors).where(and(isNull(mentors.erasedAt), eq(mentors.active, true))).all()) add('mentor', row.id);
    }
  }
  return [...chosen.values()];
}

export type InviteResult = { added: number; waitlisted: number; alreadyOnRoster: number; capacity: CapacityPlan };

/**
 * Puts people on the roster as registered; one transaction; people already on it are counted, not
 * changed. With useWaitingList, only the free places are registered and the rest waitlisted; with
 * dryRun nothing is written and the answer says how far over the capacity the invitation would go.
 */
export function invite(db: KobleDb, input: InviteInput, staffId: string | null): InviteResult {
  return db.transaction(() => {
    const event = findEvent(db, input.eventId);
    const people = peopleToInvite(db, input);
    const onRoster = new Set(
      (prepared(db, 'select participant_id as p, mentor_id as m from attendance where event_id = ?').all(input.eventId) as { p: string | null; m: string | null }[]).map((r) =>
        r.p ? `participant:${r.p}` : `mentor:${r.m}`,
      ),
    );
    const fresh = people.filter((person) => !onRoster.has(`${person.kind}:${person.id}`));
    const taken = (prepared(db, "select count(*) as n from attendance where event_id = ? and status in ('registered', 'attended')").get(input.eventId) as { n: number }).n;
    const plan = capacityPlan({ capacity: event.capacity, taken, inviting: fresh.length, useWaitingList: input.useWaitingList === true });
    const alreadyOnRoster = people.length - fresh.length;
    if (input.dryRun) return { added: 0, waitlisted: 0, alreadyOnRoster, capacity: plan };
    let added = 0;
    let waitlisted = 0;
    fresh.forEach((person, index) => {
      const status = index < plan.register ? 'registered' : 'waitlisted';
      const changes = db
        .insert(attendance)
        .values({ eventId: input.eventId, ...personColumns(person.kind, person.id), status, source: 'roster', staffId })
        .onConflictDoNothing()
        .run().changes;
      if (status === 'registered') added += changes;
      else waitlisted += changes;
    });
    if (added + waitlisted > 0) {
      recordAudit(db, { staffId, action: 'create', entity: 'attendance', entityId: input.eventId, details: { added, waitlisted, by: input.people ? 'hand' : input.cohortId ? 'cohort' : 'filter' } });
    }
    return { added, waitlisted, alreadyOnRoster, capacity: plan };
  });
}

/** Creates an external guest with minimal fields (no transaction of its own). */
export function insertGuest(db: KobleDb, guest: { firstName: string; lastName: string; email: string | null; phone: string | null; organisationName?: string | null; claimedRole?: 'participant' | 'mentor' | null; id?: string }, staffId: string | null): string {
  const row = db
    .insert(eventGuests)
    .values({
      ...(guest.id ? { id: guest.id } : {}),
      firstName: guest.firstName,
      lastName: guest.lastName,
      searchText: searchTextOf(guest.firstName, guest.lastName),
      email: guest.email,
      phone: guest.phone,
      organisationName: guest.organisationName ?? null,
      claimedRole: guest.claimedRole ?? null,
    })
    .returning({ id: eventGuests.id })
    .get();
  recordAudit(db, { staffId, action: 'create', entity: 'event_guests', entityId: row.id, details: { fields: ['firstName', 'lastName', ...(guest.email ? ['email'] : []), ...(guest.phone ? ['phone'] : []), ...(guest.claimedRole ? ['claimedRole'] : [])] } });
  return row.id;
}

export function addGuest(db: KobleDb, input: GuestInput, staffId: string | null): RosterEntry {
  return db.transaction(() => {
    findEvent(db, input.eventId);
    const guestId = insertGuest(db, input, staffId);
    const row = db.insert(attendance).values({ eventId: input.eventId, guestId, status: 'registered', source: input.source, staffId }).returning({ id: attendance.id }).get();
    recordAudit(db, { staffId, action: 'create', entity: 'attendance', entityId: row.id, details: { eventId: input.eventId, guestId } });
    return rosterOf(db, input.eventId, new Set([row.id]))[0]!;
  });
}

function findRow(db: KobleDb, eventId: string, attendanceId: string) {
  const row = db.select().from(attendance).where(and(eq(attendance.id, attendanceId), eq(attendance.eventId, eventId))).get();
  if (!row) throw new KobleError('API_NOT_FOUND', 'That person is not on the roster of this event', { attendanceId });
  return row;
}

/**
 * Sets the status of several rows (the paper sign-in sheet). Attended from the roster screen
 * gets the current time as check-in; from paper the time is unknown (null). Leaving attended
 * clears the check-in time.
 */
export function setStatus(db: KobleDb, input: SetStatusInput, staffId: string | null, now: () => string = () => new Date().toISOString()): RosterEntry[] {
  return db.transaction(() => {
    findEvent(db, input.eventId);
    const ids = [...new Set(input.attendanceIds)];
    let changed = 0;
    for (const id of ids) {
      const row = findRow(db, input.eventId, id);
      if (row.status === input.status && (input.source === undefined || row.source === input.source)) continue;
      const checkedInAt = input.status === 'attended' ? (row.status === 'attended' ? row.checkedInAt : input.source === 'paper' ? null : now()) : null;
      db.update(attendance)
        .set({ status: input.status, checkedInAt, ...(input.source ? { source: input.source } : {}), staffId })
        .where(eq(attendance.id, id))
        .run();
      changed++;
    }
    if (changed > 0) recordAudit(db, { staffId, action: 'update', entity: 'attendance', entityId: input.eventId, details: { status: input.status, count: changed, source: input.source ?? null } });
    return rosterOf(db, input.eventId, new Set(ids));
  });
}

/** Takes one person off the roster; refused for someone checked in (set another status first). */
export function removeFromRoster(db: KobleDb, eventId: string, attendanceId: string, staffId: string | null): void {
  db.transaction(() => {
    const row = findRow(db, eventId, attendanceId);
    if (row.status === 'attended') throw new KobleError('EVENT_HAS_CHECK_INS', 'This person has been checked in', { attended: 1 });
    db.delete(attendance).where(eq(attendance.id, attendanceId)).run();
    recordAudit(db, { staffId, action: 'delete', entity: 'attendance', entityId: attendanceId, details: { eventId } });
  });
}
