import { randomUUID } from 'node:crypto';
import type { KobleDb } from '../../db/vault/vault.ts';
import type { AttendanceStatus } from '../../db/schema/index.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { searchTextOf } from '../search/fold.ts';
import type { PersonRef } from '../events/people-match.ts';

/**
 * The merge's writes as prepared statements (a kit brings hundreds of rows; drizzle would parse
 * each statement again). Audit entries are written by the merge once per kind, with ids and counts.
 */
const COLUMN = { participant: 'participant_id', mentor: 'mentor_id', guest: 'guest_id' } as const;

export function insertGuestRow(db: KobleDb, guest: { firstName: string; lastName: string; email: string | null; phone: string | null; claimedRole: 'participant' | 'mentor' | null }, now: string): string {
  const id = randomUUID();
  prepared(db, `insert into event_guests (id, first_name, last_name, search_text, email, phone, claimed_role, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id, guest.firstName, guest.lastName, searchTextOf(guest.firstName, guest.lastName), guest.email, guest.phone, guest.claimedRole, now, now,
  );
  return id;
}

export function insertConsentRow(db: KobleDb, person: PersonRef, textVersion: string, givenOn: string, staffId: string | null, now: string): void {
  prepared(db, `insert into consents (id, ${COLUMN[person.kind]}, purpose, lawful_basis, text_version, method, given_on, staff_id, created_at, updated_at) values (?, ?, 'storage', 'consent', ?, 'kiosk', ?, ?, ?, ?)`).run(
    randomUUID(), person.id, textVersion, givenOn, staffId, now, now,
  );
}

export function insertAttendanceRow(db: KobleDb, row: { id: string; eventId: string; person: { kind: PersonRef['kind']; id: string }; checkedInAt: string; staffId: string | null }, now: string): void {
  prepared(db, `insert into attendance (id, event_id, ${COLUMN[row.person.kind]}, status, checked_in_at, source, staff_id, created_at, updated_at) values (?, ?, ?, 'attended', ?, 'kit', ?, ?, ?)`).run(
    row.id, row.eventId, row.person.id, row.checkedInAt, row.staffId, now, now,
  );
}

export function attendanceOf(db: KobleDb, eventId: string, person: PersonRef): { id: string; status: AttendanceStatus; checkedInAt: string | null } | undefined {
  return prepared(db, `select id, status, checked_in_at as checkedInAt from attendance where ${COLUMN[person.kind]} = ? and event_id = ?`).get(person.id, eventId) as
    | { id: string; status: AttendanceStatus; checkedInAt: string | null }
    | undefined;
}
