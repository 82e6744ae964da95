import { eq } from 'drizzle-orm';
import { cohorts, events, grants, type Event } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { prepared } from '../../db/sqlite-client.ts';
import type { EventChanges, NewEventInput } from './event-input.ts';
import { nextDate, osloDayStart } from '../../shared/oslo-day.ts';
import type { AttendanceCounts, EventSummary } from './types.ts';

const EMPTY: AttendanceCounts = { registered: 0, attended: 0, noShow: 0, cancelled: 0, waitlisted: 0, total: 0 };

type CountRow = { eventId: string; status: string; n: number };

function addCount(counts: AttendanceCounts, status: string, n: number): void {
  if (status === 'registered') counts.registered += n;
  else if (status === 'attended') counts.attended += n;
  else if (status === 'no_show') counts.noShow += n;
  else if (status === 'cancelled') counts.cancelled += n;
  else if (status === 'waitlisted') counts.waitlisted += n;
  counts.total += n;
}

/** Attendance counts of one event (every row, erased people's anonymous rows included: reports add up). */
export function eventCounts(db: KobleDb, eventId: string): AttendanceCounts {
  const counts = { ...EMPTY };
  const rows = prepared(db, 'select status, count(*) as n from attendance where event_id = ? group by status').all(eventId) as Omit<CountRow, 'eventId'>[];
  for (const row of rows) addCount(counts, row.status, row.n);
  return counts;
}

function summary(event: Event, counts: AttendanceCounts): EventSummary {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place,
    capacity: event.capacity,
    organiser: event.organiser,
    grantId: event.grantId,
    cohortId: event.cohortId,
    description: event.description,
    counts,
  };
}

export function findEvent(db: KobleDb, eventId: string): Event {
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw new KobleError('API_NOT_FOUND', 'No event has that id', { eventId });
  return event;
}

export function getEvent(db: KobleDb, eventId: string): EventSummary {
  return summary(findEvent(db, eventId), eventCounts(db, eventId));
}

/**
 * Events newest first. `from`/`to` are dates, both included; an event belongs to the day its start
 * has in Europe/Oslo (00:30 Oslo time on 1 March is on 1 March, though it is still 28 February in UTC).
 */
export function listEvents(db: KobleDb, range: { from?: string | undefined; to?: string | undefined }): EventSummary[] {
  const where: string[] = [];
  const params: string[] = [];
  if (range.from) {
    where.push('starts_at >= ?');
    params.push(osloDayStart(range.from));
  }
  if (range.to) {
    where.push('starts_at < ?');
    params.push(osloDayStart(nextDate(range.to)));
  }
  const sql = `select id from events ${where.length ? `where ${where.join(' and ')}` : ''} order by starts_at desc, title`;
  const ids = (prepared(db, sql).all(...params) as { id: string }[]).map((r) => r.id);
  if (ids.length === 0) return [];
  const byId = new Map(db.select().from(events).all().map((e) => [e.id, e]));
  const counts = new Map<string, AttendanceCounts>();
  const rows = prepared(db, 'select event_id as eventId, status, count(*) as n from attendance group by event_id, status').all() as CountRow[];
  for (const row of rows) {
    let c = counts.get(row.eventId);
    if (!c) counts.set(row.eventId, (c = { ...EMPTY }));
    addCount(c, row.status, row.n);
  }
  return ids.map((id) => summary(byId.get(id)!, counts.get(id) ?? { ...EMPTY }));
}

function checkLinks(db: KobleDb, links: { grantId?: string | null | undefined; cohortId?: string | null | undefined }): void {
  if (links.grantId && !db.select({ id: grants.id }).from(grants).where(eq(grants.id, links.grantId)).get()) {
    throw new KobleError('API_NOT_FOUND', 'No grant has that id', { field: 'grantId' });
  }
  if (links.cohortId && !db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, links.cohortId)).get()) {
    throw new KobleError('API_NOT_FOUND', 'No cohort has that id', { field: 'cohortId' });
  }
}

export function createEvent(db: KobleDb, input: NewEventInput, staffId: string | null): EventSummary {
  return db.transaction(() => {
    checkLinks(db, input);
    const row = db.insert(events).values({ ...input, staffId }).returning().get();
    recordAudit(db, { staffId, action: 'create', entity: 'events', entityId: row.id, details: { fields: Object.keys(input) } });
    return summary(row, { ...EMPTY });
  });
}

export function updateEvent(db: KobleDb, eventId: string, changes: EventChanges, staffId: string | null): EventSummary {
  return db.transaction(() => {
    const current = findEvent(db, eventId);
    checkLinks(db, changes);
    const next = { ...current, ...changes };
    if (next.endsAt !== null && next.endsAt < next.startsAt) {
      throw new KobleError('API_INVALID_INPUT', 'The event cannot end before it starts', [{ path: 'changes.endsAt', code: 'custom', message: 'The event cannot end before it starts' }]);
    }
    const fields = Object.keys(changes).filter((k) => changes[k as keyof EventChanges] !== current[k as keyof Event]);
    if (fields.length > 0) {
      db.update(events).set(changes).where(eq(events.id, eventId)).run();
      recordAudit(db, { staffId, action: 'update', entity: 'events', entityId: eventId, details: { fields } });
    }
    return getEvent(db, eventId);
  });
}

/** Deletes the event and its roster; refused while anyone is checked in (EVENT_HAS_CHECK_INS). */
export function removeEvent(db: KobleDb, eventId: string, staffId: string | null): void {
  db.transaction(() => {
    findEvent(db, eventId);
    const { attended } = eventCounts(db, eventId);
    if (attended > 0) throw new KobleError('EVENT_HAS_CHECK_INS', 'People have been checked in at this event', { attended });
    db.delete(events).where(eq(events.id, eventId)).run();
    recordAudit(db, { staffId, action: 'delete', entity: 'events', entityId: eventId });
  });
}
