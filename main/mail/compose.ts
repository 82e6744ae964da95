import { KobleError } from '../../db/errors.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { calendarInvite, eventUid, matchUid, type InvitePerson } from './calendar-invite.ts';
import { loadCandidates, refsOfIds, rosterRefs, type PersonRef } from './candidates.ts';
import { findEvent, findMatch, meetingInstant, officeOf, sequenceFor, type Office } from './compose-context.ts';
import { CHECKPOINT_WORDS } from './default-templates.ts';
import { chooseRecipients, type RecipientKind, type Skipped } from './recipients.ts';
import { mailTime, renderTemplate, type MergeValues } from './render.ts';
import { idempotencyKey, templateFor, versionOf, type SendRequest } from './send-request.ts';
import { getTemplate } from './template-repository.ts';
import { CALENDAR_KINDS, type MailLanguage, type TemplateKind } from '../../shared/mail-templates.ts';

/** One message ready for the outbox: rendered for its recipient, with its idempotency key. */
export type PreparedMessage = {
  key: string;
  personKind: RecipientKind;
  personId: string;
  templateKind: TemplateKind;
  language: MailLanguage;
  eventId: string | null;
  matchId: string | null;
  toAddress: string;
  toName: string;
  subject: string;
  body: string;
  calendar: string | null;
};

export type Composition = { messages: PreparedMessage[]; skipped: Skipped[]; office: Office };

type Subject = {
  refs: PersonRef[];
  eventId: string | null;
  matchId: string | null;
  version: string;
  values: MergeValues;
  /** For invitations: the calendar entry (without attendees, added per recipient). */
  calendar: { uid: string; title: string; startsAt: string; endsAt: string | null; place: string | null; defaultMinutes: number } | null;
};

export function subjectOf(db: KobleDb, request: SendRequest, language: MailLanguage): Subject {
  // A free message's own text is part of what it is; an edited template previewed before saving is not.
  const free = request.template === 'free-message' && request.message ? versionOf(request.message.subject, request.message.body) : null;
  if (request.eventId) {
    const event = findEvent(db, request.eventId);
    const eventVersion = versionOf(event.title, event.startsAt, event.endsAt, event.place);
    return {
      refs: request.personIds ? refsOfIds(db, request.personIds) : rosterRefs(db, event.id),
      eventId: event.id,
      matchId: null,
      version: free ?? eventVersion,
      values: { eventTitle: event.title, eventTime: mailTime(event.startsAt, language), eventPlace: event.place ?? '' },
      calendar: request.template === 'event-invitation' ? { uid: eventUid(event.id), title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, place: event.place, defaultMinutes: 120 } : null,
    };
  }
  if (request.matchId) {
    const { match, participant, mentor } = findMatch(db, request.matchId);
    const intro = request.template === 'intro-meeting';
    const meetingAt = meetingInstant(match.introMeetingAt);
    if (intro && !meetingAt) throw new KobleError('MAIL_NO_MEETING_TIME', 'The koblingsmøte has no time of day yet', { matchId: match.id });
    return {
      refs: [{ personKind: 'participant', personId: participant.id }, { personKind: 'mentor', personId: mentor.id }],
      eventId: null,
      matchId: match.id,
      version: intro ? versionOf(match.introMeetingAt, match.introMeetingPlace) : 'confirmed',
      values: { mentorName: mentor.name, participantName: participant.name, meetingTime: meetingAt ? mailTime(meetingAt, language) : '', meetingPlace: match.introMeetingPlace ?? '' },
      calendar: intro ? { uid: matchUid(match.id), title: language === 'nb' ? `Koblingsmøte: ${participant.name} og ${mentor.name}` : `Introductory meeting: ${participant.name} and ${mentor.name}`, startsAt: meetingAt!, endsAt: null, place: match.introMeetingPlace, defaultMinutes: 60 } : null,
    };
  }
  const checkpoint = request.checkpoint;
  return {
    refs: refsOfIds(db, request.personIds ?? []),
    eventId: null,
    matchId: null,
    version: free ?? checkpoint ?? 'v1',
    values: checkpoint ? { checkpoint: CHECKPOINT_WORDS[language][checkpoint] } : {},
    calendar: null,
  };
}

/**
 * The messages a send request makes, one per consenting recipient, and who is skipped and why.
 * Nothing is written unless `allocate` (a real send records the invitation's SEQUENCE).
 */
export function compose(db: KobleDb, request: SendRequest, options: { staffId: string | null; today: string; now: string; allocate: boolean }): Composition {
  const office = officeOf(db, options.staffId);
  const language = request.language ?? office.settings.language;
  const subject = subjectOf(db, request, language);
  const { recipients, skipped } = chooseRecipients(loadCandidates(db, subject.refs), options.today);
  const sequence = subject.calendar ? sequenceFor(db, subject.calendar.uid, subject.version, options.allocate) : 0;
  const shared: MergeValues = { ...subject.values, coordinatorName: office.coordinatorName, signature: office.settings.signature, organisationName: office.organisationName };
  const messages = recipients.map((r): PreparedMessage => {
    const kind = templateFor(request.template, r.personKind);
    const text = request.message ?? getTemplate(db, kind, language);
    const toName = `${r.firstName} ${r.lastName}`.trim();
    const rendered = renderTemplate(text, { ...shared, firstName: r.firstName });
    const attendee: InvitePerson = { name: toName, email: r.email };
    const calendar = subject.calendar && CALENDAR_KINDS.includes(kind)
      ? calendarInvite({ ...subject.calendar, sequence, description: rendered.body, organiser: office.organiser, attendees: [attendee], stampedAt: options.now })
      : null;
    return {
      key: idempotencyKey(kind, r.personId, subject.eventId ?? subject.matchId, subject.version),
      personKind: r.personKind, personId: r.personId, templateKind: kind, language,
      eventId: subject.eventId, matchId: subject.matchId, toAddress: r.email, toName, subject: rendered.subject, body: rendered.body, calendar,
    };
  });
  return { messages, skipped, office };
}
