import { describe, expect, it } from 'vitest';
import type { Stage } from '../../db/schema/index.ts';
import { exitFromHistory, outcomesDue } from './due.ts';
import { addMonths } from '../../shared/calendar-date.ts';

const history = (...steps: [Stage, string][]) =>
  steps.map(([stage, effectiveOn], i) => ({ participantId: 'p', stage, effectiveOn, recordedAt: `2020-01-01T00:00:0${i}.000Z` }));

const completed = history(['registered', '2025-01-10'], ['assessed', '2025-02-01'], ['ready', '2025-03-01'], ['active', '2025-04-01'], ['completed', '2025-10-31']);

describe('when a participant left the programme', () => {
  it('is the day the history reached completed, also after the 3-month follow-up moved them on', () => {
    expect(exitFromHistory(completed, '2025-11-01')).toEqual({ stage: 'completed', exitOn: '2025-10-31', completed: true });
    const followed = [...completed, ...history(['followed_up', '2026-02-02'])].map((e, i) => ({ ...e, recordedAt: `2020-01-01T00:00:${10 + i}.000Z` }));
    expect(exitFromHistory(followed, '2026-03-01')).toEqual({ stage: 'followed_up', exitOn: '2025-10-31', completed: true });
  });

  it('is null before the exit date, for someone registered again after dropping out, and for a dropout who never took part', () => {
    expect(exitFromHistory(completed, '2025-10-30')).toBeNull();
    const back = history(['registered', '2025-01-10'], ['assessed', '2025-01-20'], ['ready', '2025-02-01'], ['active', '2025-02-15'], ['dropped_out', '2025-03-01'], ['registered', '2025-06-01']);
    expect(exitFromHistory(back, '2025-05-31')).toEqual({ stage: 'dropped_out', exitOn: '2025-03-01', completed: false });
    expect(exitFromHistory(back, '2025-06-01')).toBeNull();
    const neverStarted = history(['registered', '2025-01-10'], ['assessed', '2025-01-20'], ['dropped_out', '2025-03-01']);
    expect(exitFromHistory(neverStarted, '2025-05-31')).toBeNull();
  });

  it('adds calendar months, clamping to the month’s end', () => {
    expect(addMonths('2025-10-31', 3)).toBe('2026-01-31');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });
});

describe('which outcomes are due', () => {
  const exit = { stage: 'completed' as Stage, exitOn: '2025-10-31', completed: true };
  const none = new Set<'exit' | '3m' | '6m'>();

  it('asks for the exit outcome at once, and the 3- and 6-month follow-ups around their dates', () => {
    // Exit not recorded: overdue the day after.
    expect(outcomesDue('p', exit, none, '2025-11-01', 0)).toEqual([{ participantId: 'p', timepoint: 'exit', dueOn: '2025-10-31', overdue: true }]);
    // On the due day itself: due, not overdue.
    expect(outcomesDue('p', exit, new Set(['exit']), '2026-01-31', 0)).toEqual([{ participantId: 'p', timepoint: '3m', dueOn: '2026-01-31', overdue: false }]);
    // One day before the 3-month date: not yet (without a look-ahead), shown with a 14-day look-ahead.
    expect(outcomesDue('p', exit, new Set(['exit']), '2026-01-30', 0)).toEqual([]);
    expect(outcomesDue('p', exit, new Set(['exit']), '2026-01-17', 14)).toEqual([{ participantId: 'p', timepoint: '3m', dueOn: '2026-01-31', overdue: false }]);
    expect(outcomesDue('p', exit, new Set(['exit']), '2026-01-16', 14)).toEqual([]);
    // 3m recorded; 6 months falls on 30 April (31 Oct + 6 months).
    expect(outcomesDue('p', exit, new Set(['exit', '3m']), '2026-04-29', 0)).toEqual([]);
    expect(outcomesDue('p', exit, new Set(['exit', '3m']), '2026-05-01', 0)).toEqual([{ participantId: 'p', timepoint: '6m', dueOn: '2026-04-30', overdue: true }]);
    expect(outcomesDue('p', exit, new Set(['exit', '3m', '6m']), '2027-01-01', 0)).toEqual([]);
  });

  it('asks a dropped-out participant only for the exit outcome', () => {
    const dropped = { stage: 'dropped_out' as Stage, exitOn: '2025-03-01', completed: false };
    expect(outcomesDue('p', dropped, none, '2026-01-01', 14).map((d) => d.timepoint)).toEqual(['exit']);
    expect(outcomesDue('p', dropped, new Set(['exit']), '2026-01-01', 14)).toEqual([]);
  });
});
