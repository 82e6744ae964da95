import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STAGES } from '../../db/schema/stages.ts';
import { replayStages, type StageEvent } from './replay.ts';
import { checkMove, stageChoices, type CurrentStage } from './move-rules.ts';
import { daysBetween } from '../../shared/calendar-date.ts';
import { isIsoDate } from '../calendar/iso-date.ts';

const ev = (participantId: string, stage: StageEvent['stage'], effectiveOn: string, recordedAt = `${effectiveOn}T10:00:00.000Z`): StageEvent => ({
  participantId,
  stage,
  effectiveOn,
  recordedAt,
});

describe('replaying the pipeline for a date', () => {
  const history = [
    ev('amina', 'registered', '2026-01-05'),
    ev('amina', 'assessed', '2026-01-20'),
    ev('amina', 'ready', '2026-02-10'),
    ev('amina', 'active', '2026-03-01'),
    ev('bjorn', 'registered', '2026-02-15'),
    ev('bjorn', 'dropped_out', '2026-02-20'),
  ];

  it('gives each person the stage in force on that day and when it began', () => {
    const jan31 = replayStages(history, '2026-01-31');
    expect(jan31.get('amina')).toEqual({ stage: 'assessed', since: '2026-01-20' });
    expect(jan31.has('bjorn')).toBe(false); // registered later
    const feb20 = replayStages(history, '2026-02-20');
    expect(feb20.get('amina')).toEqual({ stage: 'ready', since: '2026-02-10' });
    expect(feb20.get('bjorn')).toEqual({ stage: 'dropped_out', since: '2026-02-20' });
  });

  it('breaks ties on the same day by when the change was recorded, whatever the input order', () => {
    const sameDay = [ev('c', 'registered', '2026-01-01', '2026-01-01T08:00:00Z'), ev('c', 'waiting_list', '2026-01-01', '2026-01-01T09:00:00Z')];
    expect(replayStages(sameDay.toReversed(), '2026-01-01').get('c')?.stage).toBe('waiting_list');
  });

  it('a back-dated change recorded later counts from its effective date', () => {
    const backdated = [ev('d', 'registered', '2026-01-01'), ev('d', 'assessed', '2026-01-10', '2026-02-01T10:00:00Z')];
    expect(replayStages(backdated, '2026-01-15').get('d')).toEqual({ stage: 'assessed', since: '2026-01-10' });
  });

  it('does not depend on the order of the rows (property)', () => {
    const event = fc.record({
      participantId: fc.constantFrom('a', 'b', 'c'),
      stage: fc.constantFrom(...STAGES),
      effectiveOn: fc.integer({ min: 1, max: 28 }).map((d) => `2026-01-${String(d).padStart(2, '0')}`),
      recordedAt: fc.integer({ min: 0, max: 1e6 }).map((n) => `2026-01-01T00:00:00.${String(n).padStart(7, '0')}Z`),
    });
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (e) => e.recordedAt }), fc.integer({ min: 1, max: 28 }), (events, day) => {
        const asOf = `2026-01-${String(day).padStart(2, '0')}`;
        expect(replayStages(events.toReversed(), asOf)).toEqual(replayStages(events, asOf));
      }),
    );
  });
});

describe('checking a stage move', () => {
  const current = new Map<string, CurrentStage>([
    ['a', { id: 'a', stage: 'ready', stageChangedOn: '2026-03-01', erased: false }],
    ['b', { id: 'b', stage: 'registered', stageChangedOn: '2026-03-01', erased: false }],
    ['c', { id: 'c', stage: 'ready', stageChangedOn: '2026-03-10', erased: false }],
  ]);

  it('allows one person along an allowed transition without a reason', () => {
    expect(checkMove({ ids: ['a'], current, to: 'intro_meeting', reason: null, effectiveOn: '2026-03-05' })).toEqual([]);
  });

  it('lists every refused transition, and unknown people', () => {
    expect(checkMove({ ids: ['a', 'b', 'x'], current, to: 'intro_meeting', reason: 'Kull høst', effectiveOn: '2026-03-05' })).toEqual([
      { id: 'b', from: 'registered', to: 'intro_meeting', why: 'transition_not_allowed' },
      { id: 'x', from: null, to: 'intro_meeting', why: 'not_found' },
    ]);
  });

  it('requires a reason for dropped_out and for moving more than one person', () => {
    expect(checkMove({ ids: ['a'], current, to: 'dropped_out', reason: null, effectiveOn: '2026-03-05' })).toEqual([
      { id: 'a', from: 'ready', to: 'dropped_out', why: 'reason_required' },
    ]);
    expect(checkMove({ ids: ['a', 'c'], current, to: 'intro_meeting', reason: null, effectiveOn: '2026-03-20' }).map((r) => r.why)).toEqual([
      'reason_required',
      'reason_required',
    ]);
    expect(checkMove({ ids: ['a'], current, to: 'dropped_out', reason: 'Flyttet', effectiveOn: '2026-03-05' })).toEqual([]);
  });

  it('refuses a change dated before the current stage began', () => {
    expect(checkMove({ ids: ['c'], current, to: 'active', reason: null, effectiveOn: '2026-03-05' })).toEqual([
      { id: 'c', from: 'ready', to: 'active', why: 'before_current_stage' },
    ]);
  });
});

describe('the stage choices of one person (the person panel)', () => {
  it('offers the next stage on the main line, every allowed stage, and which need a reason', () => {
    expect(stageChoices('registered')).toEqual({ next: 'assessed', allowed: ['assessed', 'waiting_list', 'dropped_out'], reasonRequired: ['dropped_out'] });
    expect(stageChoices('intro_meeting').next).toBe('active');
    expect(stageChoices('completed')).toEqual({ next: 'followed_up', allowed: ['followed_up'], reasonRequired: [] });
  });

  it('has no next stage at the end of the line or on a side exit', () => {
    expect(stageChoices('followed_up')).toEqual({ next: null, allowed: [], reasonRequired: [] });
    expect(stageChoices('waiting_list').next).toBeNull();
    expect(stageChoices('dropped_out')).toEqual({ next: null, allowed: ['registered'], reasonRequired: [] });
  });
});

describe('dates', () => {
  it('knows real calendar dates and counts days', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28.02.2026')).toBe(false);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });
});
