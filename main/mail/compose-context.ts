import { TZDate } from '@date-fns/tz';
import { and, eq, max } from 'drizzle-orm';
import { KobleError } from '../../db/errors.ts';
import { mailCalendarVersions, matches, mentors, participants, staff, type Event, type Match } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { EVENT_TIME_ZONE } from '../../shared/oslo-day.ts';
import { findEvent } from '../events/event-repository.ts';
import { readProgrammeSettings } from '../settings/programme-settings.ts';
import type { InvitePerson } from './calendar-invite.ts';
import { readMailSettings, type MailSettings } from './mail-settings.ts';

/** What every message of one send shares: the office, the coordinator, the language. */
export type Office = { settings: MailSettings; organisationName: string; coordinatorName: string; organiser: InvitePerson };

export function officeOf(db: KobleDb, staffId: string | null, settings: MailSettings = readMailSettings(db)): Office {
  const me = staffId ? db.select({ name: staff.name, email: staff.email }).from(staff).where(eq(staff.id, staffId)).get() : undefined;
  const organisationName = readProgrammeSettings(db).organisationName || settings.fromName;
  return {
    settings,
    organisationName,
    coordinatorName: me?.name ?? '',
    organiser: { name: settings.fromName || organisationName || 'Koble', email: settings.fromAddress || me?.email || 'koble@localhost' },
  };
}

export { findEvent };
export type { Event };

export type MatchFacts = { match: Match; participant: { id: string; name: string; email: string | null }; mentor: { id: string; name: string; email: string | null } };

export function findMatch(db: KobleDb, matchId: string): MatchFacts {
  const match = db.select().from(matches).where(eq(matches.id, matchId)).get();
  if (!match) throw new KobleError('API_NOT_FOUND', 'No match has that id', { matchId });
  const p = db.select().from(participants).where(eq(participants.id, match.participantId)).get()!;
  const m = db.select().from(mentors).where(eq(mentors.id, match.mentorId)).get()!;
  const person = (row: { id: string; firstName: string; lastName: string; email: string | null }) => ({ id: row.id, name: `${row.firstName} ${row.lastName}`.trim(), email: row.email });
  return { match, participant: person(p), mentor: person(m) };
}

/**
 * SEQUENCE for a calendar invitation's version: the one it had, or one more than the highest so
 * far. `allocate` records it (a send); a preview only reads.
 */
export function sequenceFor(db: KobleDb, uid: string, version: string, allocate: boolean): number {
  const known = db.select({ sequence: mailCalendarVersions.sequence }).from(mailCalendarVersions).where(and(eq(mailCalendarVersions.uid, uid), eq(mailCalendarVersions.version, version))).get();
  if (known) return known.sequence;
  const highest = db.select({ top: max(mailCalendarVersions.sequence) }).from(mailCalendarVersions).where(eq(mailCalendarVersions.uid, uid)).get()?.top;
  const sequence = highest === null || highest === undefined ? 0 : highest + 1;
  if (allocate) db.insert(mailCalendarVersions).values({ uid, version, sequence }).onConflictDoNothing().run();
  return sequence;
}

/**
 * A koblingsmøte's time is stored as the Oslo wall clock (YYYY-MM-DDTHH:MM) or only a day; the
 * instant it means, or null when there is no time of day (no calendar invitation can be made).
 */
export function meetingInstant(value: string | null): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, EVENT_TIME_ZONE).getTime()).toISOString();
}
