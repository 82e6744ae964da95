import { and, eq, gt, gte, inArray, isNull, lt } from 'drizzle-orm';
import { events, mailOutbox, matches, participants } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { nextDate, osloDayStart } from '../../shared/oslo-day.ts';
import { dueOutcomes } from '../outcomes/outcome-repository.ts';
import { loadCandidates } from './candidates.ts';
import { subjectOf } from './compose.ts';
import { meetingInstant } from './compose-context.ts';
import { dueProposals, REMINDER_DAYS, WELCOME_DAYS, type DueProposal, type DueReason } from './due-rules.ts';
import { readMailSettings } from './mail-settings.ts';
import { chooseRecipients, type RecipientKind } from './recipients.ts';
import { idempotencyKey, templateFor, type SendKind, type SendRequest } from './send-request.ts';
import { addDays } from '../../shared/calendar-date.ts';

export type DuePerson = { personKind: RecipientKind; personId: string; name: string };

/** One group of "Til utsending": one send request, the people still without the message, and why it is due. */
export type DueItem = {
  key: string;
  template: SendKind;
  request: SendRequest;
  reason: DueReason;
  /** The event's title, or the koblingsmøte's "participant og mentor"; null for welcomes and outcome requests. */
  title: string | null;
  eventId: string | null;
  matchId: string | null;
  people: DuePerson[];
  /** People the group would reach but cannot: no e-mail, no consent to contact by e-mail. */
  skipped: number;
};

/** The facts the rules need, read for `today` (events up to REMINDER_DAYS ahead, meetings booked, newcomers, outcomes due). */
function loadFacts(db: KobleDb, today: string, now: string) {
  let end = today;
  for (let i = 0; i <= REMINDER_DAYS; i++) end = nextDate(end);
  const upcoming = db.select({ id: events.id, startsAt: events.startsAt }).from(events).where(and(gt(events.startsAt, now), lt(events.startsAt, osloDayStart(end)))).all();
  const meetings = db
    .select({ matchId: matches.id, status: matches.status, introMeetingAt: matches.introMeetingAt })
    .from(matches)
    .where(eq(matches.status, 'intro_meeting'))
    .all()
    .map((m) => ({ matchId: m.matchId, status: m.status, meetingAt: meetingInstant(m.introMeetingAt) }));
  const newcomers = db
    .select({ participantId: participants.id, registeredOn: participants.registeredOn })
    .from(participants)
    .where(and(gte(participants.registeredOn, addDays(today, -WELCOME_DAYS)), isNull(participants.erasedAt)))
    .all();
  // Outcomes due up to today and not recorded yet (main/outcomes); the rules keep the recent ones.
  const outcomes = dueOutcomes(db, today, 0);
  return { events: upcoming, meetings, newcomers, outcomes };
}

/** Keys of `keys` that the outbox holds already (queued, sent, failed, uncertain or a draft). */
function keysInOutbox(db: KobleDb, keys: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    for (const row of db.select({ key: mailOutbox.idempotencyKey }).from(mailOutbox).where(inArray(mailOutbox.idempotencyKey, keys.slice(i, i + 500))).all()) found.add(row.key);
  }
  return found;
}

function itemOf(db: KobleDb, proposal: DueProposal, today: string): DueItem | null {
  const language = readMailSettings(db).language;
  const subject = subjectOf(db, proposal.request, language);
  const { recipients, skipped } = chooseRecipients(loadCandidates(db, subject.refs), today);
  const about = subject.eventId ?? subject.matchId;
  const keyOf = (r: { personKind: RecipientKind; personId: string }) => idempotencyKey(templateFor(proposal.request.template, r.personKind), r.personId, about, subject.version);
  const sent = keysInOutbox(db, recipients.map(keyOf));
  const pending = recipients.filter((r) => !sent.has(keyOf(r)));
  if (pending.length === 0) return null;
  const people = pending.map((r) => ({ personKind: r.personKind, personId: r.personId, name: `${r.firstName} ${r.lastName}`.trim() }));
  const byPeople = proposal.request.personIds !== undefined;
  const request: SendRequest = byPeople ? { ...proposal.request, personIds: people.map((p) => p.personId) } : proposal.request;
  const reason: DueReason = proposal.reason.code === 'newly_registered' || proposal.reason.code === 'outcome_checkpoint' ? { ...proposal.reason, count: people.length } : proposal.reason;
  const values = subject.values;
  const title = values.eventTitle ?? (values.participantName ? `${values.participantName} – ${values.mentorName ?? ''}` : null);
  return {
    key: `${proposal.request.template}:${about ?? request.checkpoint ?? '-'}`,
    template: proposal.request.template,
    request,
    reason,
    title,
    eventId: subject.eventId,
    matchId: subject.matchId,
    people,
    skipped: skipped.length,
  };
}

/**
 * "Til utsending": what is due on `today` (the Oslo day) at `now`, as groups the coordinator
 * reviews and sends. A person who already has the message in the outbox (same idempotency key as
 * mail.send would write) is not listed; a group with nobody left is left out.
 */
export function dueMail(db: KobleDb, today: string, now: string): DueItem[] {
  return dueProposals(loadFacts(db, today, now), today, now).flatMap((p) => itemOf(db, p, today) ?? []);
}
