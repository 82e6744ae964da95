import { osloDate } from '../../shared/oslo-day.ts';
import { daysBetween } from '../../shared/calendar-date.ts';
import type { SendRequest } from './send-request.ts';
import type { OutcomeCheckpoint } from '../../shared/mail-templates.ts';

/**
 * What is due to be sent ("Til utsending"), as pure rules on plain facts and a given Oslo day.
 * Each rule proposes send requests; the repository (due-list.ts) removes who already has the
 * message in the outbox (its idempotency key) and who cannot receive e-mail.
 */

/** Event reminders go out for events starting today or within this many days. */
export const REMINDER_DAYS = 2;
/** A welcome is due for participants registered within this many days. */
export const WELCOME_DAYS = 30;
/** An outcome request is due from its date for this many days; later it is left to the follow-up list. */
export const OUTCOME_REQUEST_DAYS = 60;

/** Why an item is due: a translation key suffix (mail.due.reasons.*) and its values. */
export type DueReason =
  | { code: 'event_soon'; startsOn: string; days: number }
  | { code: 'meeting_without_invitation'; meetingAt: string }
  | { code: 'newly_registered'; count: number }
  | { code: 'outcome_checkpoint'; checkpoint: OutcomeCheckpoint; count: number };

export type DueProposal = { request: SendRequest; reason: DueReason; sortKey: string };

export type EventFact = { id: string; startsAt: string };

/** Upcoming events (not started yet) whose Oslo day is today or within REMINDER_DAYS. */
export function remindersDue(events: readonly EventFact[], today: string, now: string): DueProposal[] {
  return events
    .filter((e) => e.startsAt > now)
    .map((e) => ({ e, days: daysBetween(today, osloDate(e.startsAt)) }))
    .filter(({ days }) => days >= 0 && days <= REMINDER_DAYS)
    .map(({ e, days }) => ({
      request: { template: 'event-reminder' as const, eventId: e.id },
      reason: { code: 'event_soon' as const, startsOn: osloDate(e.startsAt), days },
      sortKey: `1:${e.startsAt}`,
    }));
}

/** A match with a koblingsmøte booked: its status and the meeting's instant (null without a time of day). */
export type MeetingFact = { matchId: string; status: string; meetingAt: string | null };

/** Koblingsmøter booked with a time, still ahead: their invitation is due (sent ones are removed later). */
export function invitationsDue(meetings: readonly MeetingFact[], now: string): DueProposal[] {
  return meetings
    .filter((m) => m.status === 'intro_meeting' && m.meetingAt !== null && m.meetingAt > now)
    .map((m) => ({
      request: { template: 'intro-meeting' as const, matchId: m.matchId },
      reason: { code: 'meeting_without_invitation' as const, meetingAt: m.meetingAt! },
      sortKey: `0:${m.meetingAt}`,
    }));
}

export type NewcomerFact = { participantId: string; registeredOn: string };

/** One welcome for everyone registered from WELCOME_DAYS ago up to today. */
export function welcomesDue(newcomers: readonly NewcomerFact[], today: string): DueProposal[] {
  const ids = newcomers.filter((n) => n.registeredOn <= today && daysBetween(n.registeredOn, today) <= WELCOME_DAYS).map((n) => n.participantId);
  return ids.length === 0 ? [] : [{ request: { template: 'welcome', personIds: ids }, reason: { code: 'newly_registered', count: ids.length }, sortKey: '2:welcome' }];
}

export type OutcomeDueFact = { participantId: string; timepoint: OutcomeCheckpoint; dueOn: string };

/** One outcome request per checkpoint for everyone whose outcome fell due in the last OUTCOME_REQUEST_DAYS. */
export function outcomeRequestsDue(due: readonly OutcomeDueFact[], today: string): DueProposal[] {
  const byCheckpoint = new Map<OutcomeCheckpoint, string[]>();
  for (const d of due) {
    const age = daysBetween(d.dueOn, today);
    if (age < 0 || age > OUTCOME_REQUEST_DAYS) continue;
    byCheckpoint.set(d.timepoint, [...(byCheckpoint.get(d.timepoint) ?? []), d.participantId]);
  }
  return [...byCheckpoint].map(([checkpoint, ids]) => ({
    request: { template: 'outcome-request' as const, checkpoint, personIds: [...new Set(ids)] },
    reason: { code: 'outcome_checkpoint' as const, checkpoint, count: ids.length },
    sortKey: `3:${checkpoint}`,
  }));
}

/** Every proposal in the order the list shows: koblingsmøter, reminders by time, welcomes, outcome requests. */
export function dueProposals(facts: { events: EventFact[]; meetings: MeetingFact[]; newcomers: NewcomerFact[]; outcomes: OutcomeDueFact[] }, today: string, now: string): DueProposal[] {
  return [...invitationsDue(facts.meetings, now), ...remindersDue(facts.events, today, now), ...welcomesDue(facts.newcomers, today), ...outcomeRequestsDue(facts.outcomes, today)].sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0,
  );
}
