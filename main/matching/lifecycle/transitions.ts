import type { MatchStatus, Stage } from '../../../db/schema/index.ts';
import { addMonths } from '../../../shared/calendar-date.ts';

/**
 * The match (kobling) state machine, pure: no database, no clock.
 *
 *   proposed ──book──▶ intro_meeting ──confirm──▶ active ──end──▶ completed | ended_early
 *                            └──notAFit──▶ not_a_fit
 *
 * `applyMatchEvent` checks one event against the match as it is and returns the columns to
 * write, or why the move is refused. The participant's pipeline stage follows (stageAfter).
 */

/** What the state machine reads of a match row. */
export type MatchState = {
  status: MatchStatus;
  introMeetingAt: string | null;
  startedOn: string | null;
};

export type MatchEvent =
  /** Koblingsmøte booked: date and place may still be unknown. */
  | { kind: 'book'; introMeetingOn: string | null; introMeetingPlace: string | null }
  /** The koblingsmøte went well: the mentoring period starts. plannedEndOn defaults to start + 6 months. */
  | { kind: 'confirm'; confirmedOn: string; startOn: string; plannedEndOn: string | null; goals: string | null }
  /** The koblingsmøte showed that the pair does not fit. */
  | { kind: 'notAFit'; on: string; reason: string }
  /** The mentoring period is over, as planned (completed) or early (ended_early, reason required). */
  | { kind: 'end'; endedOn: string; outcome: 'completed' | 'ended_early'; reason: string | null };

export type MatchEventKind = MatchEvent['kind'];

/** The columns of `matches` an event writes. */
export type MatchPatch = {
  status: MatchStatus;
  introMeetingAt?: string | null;
  introMeetingPlace?: string | null;
  confirmedOn?: string;
  startedOn?: string;
  plannedEndOn?: string;
  goals?: string | null;
  endedOn?: string;
  endReason?: string | null;
};

export type RefusalWhy = 'transition_not_allowed' | 'reason_required' | 'end_before_start' | 'planned_end_not_after_start' | 'start_before_intro_meeting';

export type TransitionResult = { ok: true; patch: MatchPatch } | { ok: false; from: MatchStatus; event: MatchEventKind; why: RefusalWhy };

/** Which status each event leads to, from which status. */
export const MATCH_TRANSITIONS: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = {
  proposed: ['intro_meeting'],
  intro_meeting: ['active', 'not_a_fit'],
  active: ['completed', 'ended_early'],
  completed: [],
  ended_early: [],
  not_a_fit: [],
};

const EVENT_FROM: Readonly<Record<MatchEventKind, MatchStatus>> = {
  book: 'proposed',
  confirm: 'intro_meeting',
  notAFit: 'intro_meeting',
  end: 'active',
};

export function isAllowedMatchTransition(from: MatchStatus, to: MatchStatus): boolean {
  return MATCH_TRANSITIONS[from].includes(to);
}

export const DEFAULT_PERIOD_MONTHS = 6;

function targetOf(event: MatchEvent): MatchStatus {
  switch (event.kind) {
    case 'book':
      return 'intro_meeting';
    case 'confirm':
      return 'active';
    case 'notAFit':
      return 'not_a_fit';
    case 'end':
      return event.outcome;
  }
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** One event on one match: the columns to write, or the refusal. */
export function applyMatchEvent(match: MatchState, event: MatchEvent): TransitionResult {
  const from = match.status;
  const refuse = (why: RefusalWhy): TransitionResult => ({ ok: false, from, event: event.kind, why });
  if (EVENT_FROM[event.kind] !== from || !isAllowedMatchTransition(from, targetOf(event))) return refuse('transition_not_allowed');
  switch (event.kind) {
    case 'book':
      return { ok: true, patch: { status: 'intro_meeting', introMeetingAt: event.introMeetingOn, introMeetingPlace: event.introMeetingPlace } };
    case 'confirm': {
      const introOn = match.introMeetingAt?.slice(0, 10) ?? null;
      if (introOn && event.startOn < introOn) return refuse('start_before_intro_meeting');
      const plannedEndOn = event.plannedEndOn ?? addMonths(event.startOn, DEFAULT_PERIOD_MONTHS);
      if (plannedEndOn <= event.startOn) return refuse('planned_end_not_after_start');
      return { ok: true, patch: { status: 'active', confirmedOn: event.confirmedOn, startedOn: event.startOn, plannedEndOn, goals: event.goals } };
    }
    case 'notAFit':
      if (blank(event.reason)) return refuse('reason_required');
      return { ok: true, patch: { status: 'not_a_fit', endedOn: event.on, endReason: event.reason.trim() } };
    case 'end':
      if (event.outcome === 'ended_early' && blank(event.reason)) return refuse('reason_required');
      if (match.startedOn && event.endedOn < match.startedOn) return refuse('end_before_start');
      return { ok: true, patch: { status: event.outcome, endedOn: event.endedOn, endReason: blank(event.reason) ? null : event.reason!.trim() } };
  }
}

/**
 * The end reason written on a match or placement closed because one of its people was erased: a
 * neutral code, not free text (the erasure has removed the free text; this says nothing personal).
 */
export const ERASED_END_REASON = 'erased';

/**
 * What an erasure does to a match still open (DATA-PROTECTION.md, main/privacy): a match not yet
 * running (proposed, koblingsmøte) becomes not_a_fit, a running one ended_early, both with the
 * neutral reason and ended on the erasure day, so the mentor's place is free again. A period whose
 * start is still ahead ends on its start day, never before it. Null for a match already closed.
 * proposed → not_a_fit is the one move outside MATCH_TRANSITIONS: only the erasure makes it.
 */
export function closeForErasure(match: MatchState, on: string): MatchPatch | null {
  switch (match.status) {
    case 'proposed':
    case 'intro_meeting':
      return { status: 'not_a_fit', endedOn: on, endReason: ERASED_END_REASON };
    case 'active':
      return { status: 'ended_early', endedOn: match.startedOn && match.startedOn > on ? match.startedOn : on, endReason: ERASED_END_REASON };
    default:
      return null;
  }
}

/**
 * The participant's pipeline stage once the match has the given status, or null when the match
 * does not decide it. ended_early leaves the stage alone: the person may go on with a placement
 * or a new mentor, or have dropped out — the coordinator says which (matching.end participantStage).
 */
export function stageAfter(status: MatchStatus): Stage | null {
  switch (status) {
    case 'intro_meeting':
      return 'intro_meeting';
    case 'active':
      return 'active';
    case 'not_a_fit':
      return 'ready';
    case 'completed':
      return 'completed';
    case 'proposed':
    case 'ended_early':
      return null;
  }
}

/** A koblingsmøte time as the coordinator enters it: a date, or a local date and time (YYYY-MM-DDTHH:MM). */
export function isIntroMeetingTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/.exec(value);
  if (!m) return false;
  const date = new Date(`${m[1]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === m[1];
}

/**
 * Changes that keep the status: the koblingsmøte's time and place while it is booked
 * (intro_meeting), the goals and the planned end while the mentoring runs (active).
 */
export type MatchEdit =
  | { kind: 'reschedule'; introMeetingAt: string | null; introMeetingPlace: string | null }
  | { kind: 'update'; goals?: string | null | undefined; plannedEndOn?: string | undefined };

export type EditResult =
  | { ok: true; patch: Partial<Omit<MatchPatch, 'status'>> }
  | { ok: false; from: MatchStatus; event: MatchEdit['kind']; why: RefusalWhy | 'nothing_to_change' };

const EDIT_ON: Readonly<Record<MatchEdit['kind'], MatchStatus>> = { reschedule: 'intro_meeting', update: 'active' };

/** One edit on one match: the columns to write, or why not. */
export function applyMatchEdit(match: MatchState, edit: MatchEdit): EditResult {
  const refuse = (why: RefusalWhy | 'nothing_to_change'): EditResult => ({ ok: false, from: match.status, event: edit.kind, why });
  if (EDIT_ON[edit.kind] !== match.status) return refuse('transition_not_allowed');
  if (edit.kind === 'reschedule') return { ok: true, patch: { introMeetingAt: edit.introMeetingAt, introMeetingPlace: edit.introMeetingPlace } };
  const patch: Partial<Omit<MatchPatch, 'status'>> = {};
  if (edit.goals !== undefined) patch.goals = edit.goals;
  if (edit.plannedEndOn !== undefined) {
    if (match.startedOn && edit.plannedEndOn <= match.startedOn) return refuse('planned_end_not_after_start');
    patch.plannedEndOn = edit.plannedEndOn;
  }
  if (Object.keys(patch).length === 0) return refuse('nothing_to_change');
  return { ok: true, patch };
}

/**
 * Where the participant goes when one of their engagements (a match or a placement) changes: the
 * stage the change asks for (stageAfter, or the placement's), adjusted so that a mentor and a
 * placement can run at once (DESIGN.md: aktiv = mentoring and/or placement running):
 * - a koblingsmøte booked for someone already aktiv (in a placement) leaves them aktiv;
 * - aktiv is reached from klar for kobling or koblingsmøte (a placement-only participant skips
 *   the koblingsmøte); from anywhere else the stage is left alone;
 * - back to klar for kobling (not a fit) only from koblingsmøte;
 * - avsluttet only from aktiv, and only when nothing else is still running;
 * - avbrutt, when the coordinator asks for it, always (the pipeline still checks the move).
 * null means: leave the stage as it is.
 */
export function stageToFollow(current: Stage, wanted: Stage | null, otherRunning: boolean): Stage | null {
  if (wanted === null || wanted === current) return null;
  switch (wanted) {
    case 'intro_meeting':
      return current === 'active' ? null : wanted;
    case 'active':
      return current === 'ready' || current === 'intro_meeting' ? wanted : null;
    case 'ready':
      return current === 'intro_meeting' && !otherRunning ? wanted : null;
    case 'completed':
      return current === 'active' && !otherRunning ? wanted : null;
    default:
      return wanted;
  }
}
