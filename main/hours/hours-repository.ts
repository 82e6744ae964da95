import { eq } from 'drizzle-orm';
import { KobleError } from '../../db/errors.ts';
import { HOUR_ACTIVITIES, hours, mentors, staff, type HourActivity } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { requireGrant } from '../grants/grant-repository.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { readProgrammeSettings } from '../settings/programme-settings.ts';
import type { HoursAdd, HoursChanges } from './hours-input.ts';
import { hourlyValueFor, roundKroner, valueOf, type RatedPerson } from './rates.ts';

export const HOURS_ENTITY = 'hours';
import { HOURS_PERSON_KINDS, type HoursPersonKind } from '../../shared/grants.ts';

export type { HoursPersonKind };

export type HoursRow = {
  id: string;
  workedOn: string;
  personKind: HoursPersonKind;
  personId: string | null;
  /** Staff name, mentor's name or the volunteer's; '' for an erased mentor or a removed person. */
  personName: string;
  /** The mentor was erased: show "anonymised", never a name. */
  personErased: boolean;
  hours: number;
  activity: HourActivity;
  grantId: string | null;
  hourlyValue: number | null;
  /** hours × hourlyValue in NOK. */
  value: number | null;
  note: string | null;
};

type RawRow = {
  id: string; worked_on: string; staff_id: string | null; mentor_id: string | null; volunteer_name: string | null; hours: number;
  activity: HourActivity; grant_id: string | null; hourly_value: number | null; note: string | null;
  staff_name: string | null; mentor_first: string | null; mentor_last: string | null; mentor_erased: string | null;
};

const SELECT = `select h.id, h.worked_on, h.staff_id, h.mentor_id, h.volunteer_name, h.hours, h.activity, h.grant_id, h.hourly_value, h.note,
  s.name as staff_name, m.first_name as mentor_first, m.last_name as mentor_last, m.erased_at as mentor_erased
  from hours h left join staff s on s.id = h.staff_id left join mentors m on m.id = h.mentor_id`;

function toRow(r: RawRow): HoursRow {
  const personKind: HoursPersonKind = r.staff_id ? 'staff' : r.mentor_id ? 'mentor' : 'volunteer';
  const erased = personKind === 'mentor' && r.mentor_erased !== null;
  const personName =
    personKind === 'staff' ? (r.staff_name ?? '') : personKind === 'mentor' ? (erased ? '' : `${r.mentor_first ?? ''} ${r.mentor_last ?? ''}`.trim()) : (r.volunteer_name ?? '');
  return {
    id: r.id,
    workedOn: r.worked_on,
    personKind,
    personId: r.staff_id ?? r.mentor_id,
    personName,
    personErased: erased,
    hours: r.hours,
    activity: r.activity,
    grantId: r.grant_id,
    hourlyValue: r.hourly_value,
    value: valueOf(r.hours, r.hourly_value),
    note: r.note,
  };
}

type Filter = { grantId?: string | undefined; from?: string | undefined; to?: string | undefined };

function where(filter: Filter): { clause: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  const add = (condition: string, value: string | undefined) => {
    if (!value) return;
    parts.push(condition);
    params.push(value);
  };
  add('h.grant_id = ?', filter.grantId);
  add('h.worked_on >= ?', filter.from);
  add('h.worked_on <= ?', filter.to);
  return { clause: parts.length > 0 ? ` where ${parts.join(' and ')}` : '', params };
}

/** The timesheet, newest first. */
export function listHours(db: KobleDb, filter: Filter): HoursRow[] {
  const { clause, params } = where(filter);
  return (prepared(db, `${SELECT}${clause} order by h.worked_on desc, h.created_at desc`).all(...params) as RawRow[]).map(toRow);
}

export function getHours(db: KobleDb, hoursId: string): HoursRow {
  const row = prepared(db, `${SELECT} where h.id = ?`).get(hoursId) as RawRow | undefined;
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such hours entry', { id: hoursId });
  return toRow(row);
}

export type HoursTotal = { hours: number; value: number };
export type HoursTotals = HoursTotal & { byActivity: Record<HourActivity, HoursTotal>; byPersonKind: Record<HoursPersonKind, HoursTotal> };

/** Hours and their value in a period (optionally one grant), by activity and by kind of person. Every breakdown sums to the total. */
export function hoursTotals(db: KobleDb, filter: Filter & { from: string; to: string }): HoursTotals {
  const { clause, params } = where(filter);
  const rows = prepared(
    db,
    `select h.activity as activity, case when h.staff_id is not null then 'staff' when h.mentor_id is not null then 'mentor' else 'volunteer' end as kind,
       sum(h.hours) as hours, sum(coalesce(h.hours * h.hourly_value, 0)) as value from hours h${clause} group by 1, 2`,
  ).all(...params) as { activity: HourActivity; kind: HoursPersonKind; hours: number; value: number }[];
  const zero = (): HoursTotal => ({ hours: 0, value: 0 });
  const byActivity = Object.fromEntries(HOUR_ACTIVITIES.map((a) => [a, zero()])) as Record<HourActivity, HoursTotal>;
  const byPersonKind = Object.fromEntries(HOURS_PERSON_KINDS.map((k) => [k, zero()])) as Record<HoursPersonKind, HoursTotal>;
  const total = zero();
  for (const r of rows) {
    for (const bucket of [byActivity[r.activity], byPersonKind[r.kind], total]) {
      bucket.hours += r.hours;
      bucket.value += r.value;
    }
  }
  for (const t of [total, ...Object.values(byActivity), ...Object.values(byPersonKind)]) {
    t.hours = Math.round(t.hours * 100) / 100;
    t.value = roundKroner(t.value);
  }
  return { ...total, byActivity, byPersonKind };
}

type Person = { staffId: string | null; mentorId: string | null; volunteerName: string | null };

/** Exactly one of staff, mentor and volunteer name; the staff member or mentor must exist and not be erased. */
function resolvePerson(db: KobleDb, input: { staffId?: string | undefined; mentorId?: string | undefined; volunteerName?: string | undefined }): Person & RatedPerson {
  const given = [input.staffId, input.mentorId, input.volunteerName].filter((v) => v !== undefined).length;
  if (given !== 1) throw new KobleError('HOURS_ONE_PERSON', 'Give exactly one of a staff member, a mentor or a volunteer', { given });
  if (input.staffId !== undefined) {
    if (!db.select({ id: staff.id }).from(staff).where(eq(staff.id, input.staffId)).get()) throw new KobleError('API_NOT_FOUND', 'No such staff member', { id: input.staffId });
    return { staffId: input.staffId, mentorId: null, volunteerName: null, personKind: 'staff', personId: input.staffId };
  }
  if (input.mentorId !== undefined) {
    const mentor = db.select({ id: mentors.id, erasedAt: mentors.erasedAt }).from(mentors).where(eq(mentors.id, input.mentorId)).get();
    if (!mentor) throw new KobleError('API_NOT_FOUND', 'No such mentor', { id: input.mentorId });
    if (mentor.erasedAt) throw new KobleError('PRIVACY_ALREADY_ERASED', 'This mentor has been erased', { id: input.mentorId });
    return { staffId: null, mentorId: input.mentorId, volunteerName: null, personKind: 'mentor', personId: input.mentorId };
  }
  return { staffId: null, mentorId: null, volunteerName: input.volunteerName!, personKind: 'volunteer', personId: null };
}

/** Hours charged to a grant must fall inside its period. */
function checkGrant(db: KobleDb, grantId: string | null, workedOn: string): void {
  if (grantId === null) return;
  const grant = requireGrant(db, grantId);
  if (workedOn < grant.periodStart || workedOn > grant.periodEnd) {
    throw new KobleError('HOURS_OUTSIDE_GRANT', "The date is outside the grant's period", { workedOn, periodStart: grant.periodStart, periodEnd: grant.periodEnd });
  }
}

export function addHours(db: KobleDb, input: HoursAdd, staffId: string | null): HoursRow {
  return db.transaction(() => {
    const person = resolvePerson(db, input);
    const grantId = input.grantId ?? null;
    checkGrant(db, grantId, input.workedOn);
    const hourlyValue = input.hourlyValue !== undefined ? input.hourlyValue : hourlyValueFor(readProgrammeSettings(db).hourlyRates, person);
    const [row] = db
      .insert(hours)
      .values({ workedOn: input.workedOn, staffId: person.staffId, mentorId: person.mentorId, volunteerName: person.volunteerName, hours: input.hours, activity: input.activity, grantId, hourlyValue, note: input.note ?? null })
      .returning({ id: hours.id })
      .all();
    recordAudit(db, { staffId, action: 'create', entity: HOURS_ENTITY, entityId: row!.id, details: { personKind: person.personKind, grantId, activity: input.activity } });
    return getHours(db, row!.id);
  });
}

export function updateHours(db: KobleDb, hoursId: string, changes: HoursChanges, staffId: string | null): HoursRow {
  return db.transaction(() => {
    const current = db.select().from(hours).where(eq(hours.id, hoursId)).get();
    if (!current) throw new KobleError('API_NOT_FOUND', 'No such hours entry', { id: hoursId });
    const personChanged = changes.staffId !== undefined || changes.mentorId !== undefined || changes.volunteerName !== undefined;
    const patch: Partial<typeof hours.$inferInsert> = {};
    if (personChanged) {
      const person = resolvePerson(db, changes);
      Object.assign(patch, { staffId: person.staffId, mentorId: person.mentorId, volunteerName: person.volunteerName });
      if (changes.hourlyValue === undefined) patch.hourlyValue = hourlyValueFor(readProgrammeSettings(db).hourlyRates, person);
    }
    for (const key of ['workedOn', 'hours', 'activity', 'grantId', 'hourlyValue', 'note'] as const) {
      if (changes[key] !== undefined) Object.assign(patch, { [key]: changes[key] });
    }
    const workedOn = patch.workedOn ?? current.workedOn;
    const grantId = patch.grantId !== undefined ? patch.grantId : current.grantId;
    if (patch.workedOn !== undefined || patch.grantId !== undefined) checkGrant(db, grantId ?? null, workedOn);
    const fields = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== current[k as keyof typeof current]);
    if (fields.length > 0) {
      db.update(hours).set({ ...patch, updatedAt: new Date().toISOString() }).where(eq(hours.id, hoursId)).run();
      recordAudit(db, { staffId, action: 'update', entity: HOURS_ENTITY, entityId: hoursId, details: { fields } });
    }
    return getHours(db, hoursId);
  });
}

export function removeHours(db: KobleDb, hoursId: string, staffId: string | null): null {
  return db.transaction(() => {
    const result = db.delete(hours).where(eq(hours.id, hoursId)).run();
    if (result.changes !== 1) throw new KobleError('API_NOT_FOUND', 'No such hours entry', { id: hoursId });
    recordAudit(db, { staffId, action: 'delete', entity: HOURS_ENTITY, entityId: hoursId });
    return null;
  });
}
