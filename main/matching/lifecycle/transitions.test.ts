import { describe, expect, it } from 'vitest';
import { MATCH_STATUSES, type MatchStatus } from '../../../db/schema/index.ts';
import { applyMatchEvent, closeForErasure, isAllowedMatchTransition, MATCH_TRANSITIONS, stageAfter, type MatchEvent } from './transitions.ts';
import { addMonths } from '../../../shared/calendar-date.ts';

const EVENTS: Record<MatchEvent['kind'], MatchEvent> = {
  book: { kind: 'book', introMeetingOn: '2026-03-01', introMeetingPlace: 'Kontoret' },
  confirm: { kind: 'confirm', confirmedOn: '2026-03-02', startOn: '2026-03-05', plannedEndOn: null, goals: 'Jobb som ingeniør' },
  notAFit: { kind: 'notAFit', on: '2026-03-02', reason: 'Ulike forventninger' },
  end: { kind: 'end', endedOn: '2026-09-05', outcome: 'completed', reason: null },
};
const ALLOWED_FROM: Record<MatchEvent['kind'], MatchStatus> = { book: 'proposed', confirm: 'intro_meeting', notAFit: 'intro_meeting', end: 'active' };

const state = (status: MatchStatus) => ({ status, introMeetingAt: '2026-03-01', startedOn: '2026-03-05' });

describe('match transitions', () => {
  for (const status of MATCH_STATUSES) {
    for (const [kind, event] of Object.entries(EVENTS) as [MatchEvent['kind'], MatchEvent][]) {
      const allowed = ALLOWED_FROM[kind] === status;
      it(`${kind} from ${status}: ${allowed ? 'allowed' : 'refused'}`, () => {
        const result = applyMatchEvent(state(status), event);
        if (allowed) expect(result.ok).toBe(true);
        else expect(result).toEqual({ ok: false, from: status, event: kind, why: 'transition_not_allowed' });
      });
    }
  }

  it('lists exactly the moves the events make', () => {
    const all = MATCH_STATUSES.flatMap((from) => MATCH_STATUSES.filter((to) => isAllowedMatchTransition(from, to)).map((to) => `${from}→${to}`));
    expect(all).toEqual(['proposed→intro_meeting', 'intro_meeting→active', 'intro_meeting→not_a_fit', 'active→completed', 'active→ended_early']);
    for (const end of ['completed', 'ended_early', 'not_a_fit'] as const) expect(MATCH_TRANSITIONS[end]).toEqual([]);
  });

  it('books the koblingsmøte with date and place, either may be unknown', () => {
    expect(applyMatchEvent(state('proposed'), EVENTS.book)).toEqual({ ok: true, patch: { status: 'intro_meeting', introMeetingAt: '2026-03-01', introMeetingPlace: 'Kontoret' } });
    expect(applyMatchEvent(state('proposed'), { kind: 'book', introMeetingOn: null, introMeetingPlace: null })).toMatchObject({ ok: true, patch: { introMeetingAt: null } });
  });

  it('confirms with a six-month default period, or the planned end given', () => {
    expect(applyMatchEvent(state('intro_meeting'), EVENTS.confirm)).toEqual({
      ok: true,
      patch: { status: 'active', confirmedOn: '2026-03-02', startedOn: '2026-03-05', plannedEndOn: '2026-09-05', goals: 'Jobb som ingeniør' },
    });
    expect(applyMatchEvent(state('intro_meeting'), { ...EVENTS.confirm, plannedEndOn: '2026-06-30' } as MatchEvent)).toMatchObject({ ok: true, patch: { plannedEndOn: '2026-06-30' } });
    expect(applyMatchEvent(state('intro_meeting'), { ...EVENTS.confirm, plannedEndOn: '2026-03-05' } as MatchEvent)).toMatchObject({ ok: false, why: 'planned_end_not_after_start' });
    expect(applyMatchEvent(state('intro_meeting'), { ...EVENTS.confirm, startOn: '2026-02-28' } as MatchEvent)).toMatchObject({ ok: false, why: 'start_before_intro_meeting' });
    expect(applyMatchEvent({ status: 'intro_meeting', introMeetingAt: null, startedOn: null }, { ...EVENTS.confirm, startOn: '2026-01-01' } as MatchEvent)).toMatchObject({ ok: true });
  });

  it('needs a reason for not a fit and for ending early, not for completing', () => {
    expect(applyMatchEvent(state('intro_meeting'), EVENTS.notAFit)).toEqual({ ok: true, patch: { status: 'not_a_fit', endedOn: '2026-03-02', endReason: 'Ulike forventninger' } });
    expect(applyMatchEvent(state('intro_meeting'), { kind: 'notAFit', on: '2026-03-02', reason: '  ' })).toMatchObject({ ok: false, why: 'reason_required' });
    expect(applyMatchEvent(state('active'), EVENTS.end)).toEqual({ ok: true, patch: { status: 'completed', endedOn: '2026-09-05', endReason: null } });
    expect(applyMatchEvent(state('active'), { kind: 'end', endedOn: '2026-05-01', outcome: 'ended_early', reason: null })).toMatchObject({ ok: false, why: 'reason_required' });
    expect(applyMatchEvent(state('active'), { kind: 'end', endedOn: '2026-05-01', outcome: 'ended_early', reason: 'Flyttet' })).toMatchObject({
      ok: true,
      patch: { status: 'ended_early', endReason: 'Flyttet' },
    });
    expect(applyMatchEvent(state('active'), { kind: 'end', endedOn: '2026-03-04', outcome: 'completed', reason: null })).toMatchObject({ ok: false, why: 'end_before_start' });
  });

  it('moves the participant with the match; ended early leaves the stage alone', () => {
    expect(MATCH_STATUSES.map((s) => [s, stageAfter(s)])).toEqual([
      ['proposed', null],
      ['intro_meeting', 'intro_meeting'],
      ['active', 'active'],
      ['completed', 'completed'],
      ['ended_early', null],
      ['not_a_fit', 'ready'],
    ]);
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-09-30', 6)).toBe('2027-03-30');
  });
});

describe('closeForErasure', () => {
  const state = (status: MatchStatus, startedOn: string | null = null) => ({ status, introMeetingAt: '2026-03-01', startedOn });
  it('ends an open match on the erasure day with the neutral reason: not yet running → not_a_fit, running → ended_early', () => {
    expect(closeForErasure(state('proposed'), '2026-04-10')).toEqual({ status: 'not_a_fit', endedOn: '2026-04-10', endReason: 'erased' });
    expect(closeForErasure(state('intro_meeting'), '2026-04-10')).toEqual({ status: 'not_a_fit', endedOn: '2026-04-10', endReason: 'erased' });
    expect(closeForErasure(state('active', '2026-03-05'), '2026-04-10')).toEqual({ status: 'ended_early', endedOn: '2026-04-10', endReason: 'erased' });
  });
  it('never ends a period before its start, and leaves closed matches alone', () => {
    expect(closeForErasure(state('active', '2026-05-01'), '2026-04-10')).toEqual({ status: 'ended_early', endedOn: '2026-05-01', endReason: 'erased' });
    for (const status of ['completed', 'ended_early', 'not_a_fit'] as const) expect(closeForErasure(state(status, '2026-03-05'), '2026-04-10')).toBeNull();
  });
});
