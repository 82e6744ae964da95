import { z } from 'zod';
import { ATTENDANCE_STATUSES } from '../../db/schema/index.ts';
import { KobleError } from '../../db/errors.ts';
import { instant } from '../events/event-input.ts';
import { email, entityId, personName, phone } from '../people/value-schemas.ts';
import type { KitDatabase } from './kit-file.ts';

/**
 * A kit file is outside the programme: anyone with its passphrase (or a damaged disk) can change
 * it. Every row is checked as the API checks the same fields before it reaches the kiosk or the
 * merge, and a kit with more rows than any event has is refused before it is read.
 */
export const KIT_LIMITS = { roster: 20_000, walk_ins: 5_000 } as const;

const kind = z.enum(['participant', 'mentor', 'guest']);

export const kitRosterRow = z.object({
  attendanceId: entityId,
  personKind: kind,
  firstName: personName,
  lastName: personName,
  hint: z.string().max(200).nullable(),
  status: z.enum(ATTENDANCE_STATUSES),
  checkedInAt: instant.nullable(),
  checkInId: entityId.nullable(),
});

export const kitWalkInRow = z
  .object({
    id: entityId,
    firstName: personName,
    lastName: personName,
    email,
    phone,
    role: kind,
    consentVersion: z.string().min(1).max(50),
    consentAt: instant,
    checkedInAt: instant.nullable(),
  })
  .refine((v) => v.email !== null || v.phone !== null, { message: 'A phone number or an e-mail address is required', path: ['phone'] });

export type KitRosterRow = z.output<typeof kitRosterRow>;
export type KitWalkInRow = z.output<typeof kitWalkInRow>;

const ROSTER_SQL = `select attendance_id as attendanceId, person_kind as personKind, first_name as firstName, last_name as lastName, hint, status,
  checked_in_at as checkedInAt, check_in_id as checkInId from roster`;
const WALK_INS_SQL = `select id, first_name as firstName, last_name as lastName, email, phone, role, consent_version as consentVersion,
  consent_at as consentAt, checked_in_at as checkedInAt from walk_ins`;

function unreadable(table: string, details: Record<string, unknown>): KobleError {
  return new KobleError('KIT_UNREADABLE', `The event kit is damaged or was changed outside Koble (${table})`, { table, ...details });
}

/** The rows of one table, checked; KIT_UNREADABLE (with the table, row number and field, never the value) otherwise. */
function readTable<S extends z.ZodType>(db: KitDatabase, table: keyof typeof KIT_LIMITS, sql: string, schema: S): z.output<S>[] {
  const count = (db.prepare(`select count(*) from ${table}`).pluck().get() as number) ?? 0;
  if (count > KIT_LIMITS[table]) throw unreadable(table, { rows: count, limit: KIT_LIMITS[table] });
  const rows: z.output<S>[] = [];
  let row = 0;
  for (const raw of db.prepare(sql).iterate()) {
    row++;
    if (row > KIT_LIMITS[table]) throw unreadable(table, { rows: row, limit: KIT_LIMITS[table] });
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw unreadable(table, { row, fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))] });
    rows.push(parsed.data);
  }
  return rows;
}

export function readRoster(db: KitDatabase): KitRosterRow[] {
  return readTable(db, 'roster', ROSTER_SQL, kitRosterRow);
}

export function readWalkIns(db: KitDatabase): KitWalkInRow[] {
  return readTable(db, 'walk_ins', WALK_INS_SQL, kitWalkInRow);
}
