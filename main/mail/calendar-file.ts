import type { KobleDb } from '../../db/vault/vault.ts';
import { calendarInvite } from './calendar-invite.ts';
import { subjectOf } from './compose.ts';
import { findMatch, officeOf, sequenceFor } from './compose-context.ts';

/**
 * The .ics of an event or a koblingsmøte as a file for the coordinator (`koble event invite`,
 * `koble match invite`): the same UID and SEQUENCE as the invitations sent, the match's
 * participant and mentor as attendees where they have an e-mail.
 */
export function calendarFile(db: KobleDb, about: { eventId?: string | undefined; matchId?: string | undefined }, staffId: string | null, now: string): string {
  const office = officeOf(db, staffId);
  const language = office.settings.language;
  const subject = about.eventId
    ? subjectOf(db, { template: 'event-invitation', eventId: about.eventId }, language)
    : subjectOf(db, { template: 'intro-meeting', matchId: about.matchId }, language);
  const calendar = subject.calendar!;
  const attendees = about.matchId
    ? (() => {
        const { participant, mentor } = findMatch(db, about.matchId);
        return [participant, mentor].flatMap((p) => (p.email ? [{ name: p.name, email: p.email }] : []));
      })()
    : [];
  return calendarInvite({ ...calendar, sequence: sequenceFor(db, calendar.uid, subject.version, false), organiser: office.organiser, attendees, stampedAt: now });
}
