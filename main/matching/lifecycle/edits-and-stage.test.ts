import { describe, expect, it } from 'vitest';
import { MATCH_STATUSES, STAGES, type Stage } from '../../../db/schema/index.ts';
import { applyMatchEdit, isIntroMeetingTime, stageToFollow } from './transitions.ts';

const match = (status: (typeof MATCH_STATUSES)[number]) => ({ status, introMeetingAt: '2026-03-01', startedOn: '2026-03-05' });

describe('koblingsmøte time', () => {
  it('takes a date or a local date and time, nothing else', () => {
    for (const ok of ['2026-03-01', '2026-03-01T00:00', '2026-12-31T23:59']) expect(isIntroMeetingTime(ok), ok).toBe(true);
    for (const bad of ['2026-02-30', '2026-03-01T24:00', '2026-03-01T9:00', '2026-03-01 09:00', '2026-03-01T09:00Z', '01.03.2026', '']) expect(isIntroMeetingTime(bad), bad).toBe(false);
  });
});

describe('match edits', () => {
  it('moves the koblingsmøte only while it is pending', () => {
    for (const status of MATCH_STATUSES) {
      const result = applyMatchEdit(match(status), { kind: 'reschedule', introMeetingAt: '2026-03-02T10:00', introMeetingPlace: 'Kafé' });
      if (status === 'intro_meeting') expect(result).toEqual({ ok: true, patch: { introMeetingAt: '2026-03-02T10:00', introMeetingPlace: 'Kafé' } });
      else expect(result).toEqual({ ok: false, from: status, event: 'reschedule', why: 'transition_not_allowed' });
    }
  });

  it('edits goals and planned end only while the period runs, the end after the start', () => {
    expect(applyMatchEdit(match('active'), { kind: 'update', goals: 'Nettverk', plannedEndOn: '2026-08-05' })).toEqual({ ok: true, patch: { goals: 'Nettverk', plannedEndOn: '2026-08-05' } });
    expect(applyMatchEdit(match('active'), { kind: 'update', goals: null })).toEqual({ ok: true, patch: { goals: null } });
    expect(applyMatchEdit(match('active'), { kind: 'update', plannedEndOn: '2026-03-05' })).toMatchObject({ ok: false, why: 'planned_end_not_after_start' });
    expect(applyMatchEdit(match('active'), { kind: 'update' })).toMatchObject({ ok: false, why: 'nothing_to_change' });
    for (const status of MATCH_STATUSES.filter((s) => s !== 'active')) expect(applyMatchEdit(match(status), { kind: 'update', goals: 'x' })).toMatchObject({ ok: false, why: 'transition_not_allowed' });
  });
});

describe('the stage a changed match or placement leads to', () => {
  const table: [Stage, Stage, boolean, Stage | null][] = [
    ['ready', 'intro_meeting', false, 'intro_meeting'],
    ['active', 'intro_meeting', true, null], // koblingsmøte while in praksis: still aktiv
    ['ready', 'active', false, 'active'], // praksis without a mentor
    ['intro_meeting', 'active', false, 'active'],
    ['assessed', 'active', false, null],
    ['active', 'active', true, null],
    ['intro_meeting', 'ready', false, 'ready'],
    ['active', 'ready', true, null], // not a fit while in praksis
    ['active', 'completed', false, 'completed'],
    ['active', 'completed', true, null], // the other one still runs
    ['dropped_out', 'completed', false, null],
    ['active', 'dropped_out', true, 'dropped_out'], // asked for explicitly
  ];
  for (const [current, wanted, other, expected] of table) {
    it(`${current} asked for ${wanted}${other ? ' with something else running' : ''} → ${expected ?? 'stays'}`, () => {
      expect(stageToFollow(current, wanted, other)).toBe(expected);
    });
  }
  it('nothing asked, nothing moves', () => {
    for (const stage of STAGES) expect(stageToFollow(stage, null, false)).toBeNull();
  });
});
