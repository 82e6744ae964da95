import { describe, expect, it } from 'vitest';
import { PLACEMENT_STATUSES } from '../../db/schema/index.ts';
import { isAllowedPlacementTransition, placementCloseForErasure, placementProblems, placementStageAfter, placementWarnings, plannedMonths } from './rules.ts';

const ok = { startsOn: '2026-03-01', endsOn: '2026-07-01', navAgreement: false, navOfficeId: null, navAdvisor: null };

describe('placement rules', () => {
  it('needs a start and an end after it; NAV office and veileder only with a NAV agreement', () => {
    expect(placementProblems(ok)).toEqual([]);
    expect(placementProblems({ ...ok, endsOn: '2026-03-01' })).toEqual([{ path: 'endsOn', why: 'end_before_start' }]);
    expect(placementProblems({ ...ok, endsOn: '2026-02-01' })).toEqual([{ path: 'endsOn', why: 'end_before_start' }]);
    expect(placementProblems({ ...ok, startsOn: null, endsOn: null })).toEqual([
      { path: 'startsOn', why: 'start_required' },
      { path: 'endsOn', why: 'end_required' },
    ]);
    expect(placementProblems({ ...ok, navOfficeId: 'nav', navAdvisor: 'Ola' })).toEqual([
      { path: 'navOfficeId', why: 'nav_without_agreement' },
      { path: 'navAdvisor', why: 'nav_without_agreement' },
    ]);
    expect(placementProblems({ ...ok, navAgreement: true, navOfficeId: 'nav', navAdvisor: 'Ola' })).toEqual([]);
  });

  it('warns outside 3–6 months, month lengths counted as calendar months', () => {
    expect(placementWarnings({ startsOn: '2026-03-01', endsOn: '2026-06-01' })).toEqual([]);
    expect(placementWarnings({ startsOn: '2026-03-01', endsOn: '2026-09-01' })).toEqual([]);
    expect(placementWarnings({ startsOn: '2026-03-01', endsOn: '2026-05-31' })).toEqual(['length_outside_3_6_months']);
    expect(placementWarnings({ startsOn: '2026-03-01', endsOn: '2026-09-02' })).toEqual(['length_outside_3_6_months']);
    expect(placementWarnings({ startsOn: '2026-08-31', endsOn: '2027-02-28' })).toEqual([]);
    expect(placementWarnings({ startsOn: '2026-03-01', endsOn: '2026-03-01' })).toEqual([]);
    expect(plannedMonths('2026-03-01', '2026-07-01')).toBe(4);
    expect(plannedMonths('2026-03-01', '2026-07-16')).toBe(4.5);
    expect(plannedMonths('2026-03-01', null)).toBeNull();
  });

  it('moves planned → active | cancelled and active → completed | ended_early only', () => {
    const moves = PLACEMENT_STATUSES.flatMap((from) => PLACEMENT_STATUSES.filter((to) => to !== from && isAllowedPlacementTransition(from, to)).map((to) => `${from}→${to}`));
    expect(moves).toEqual(['planned→active', 'planned→cancelled', 'active→completed', 'active→ended_early']);
    expect(placementStageAfter('active')).toBe('active');
    expect(placementStageAfter('completed')).toBe('completed');
    expect(placementStageAfter('ended_early')).toBeNull();
    expect(placementStageAfter('cancelled')).toBeNull();
  });
});

describe('placementCloseForErasure', () => {
  it('cancels a planned placement, ends a running one on the erasure day (its start day if that is ahead), leaves the rest', () => {
    expect(placementCloseForErasure({ status: 'planned', startsOn: '2026-05-01' }, '2026-04-10')).toEqual({ status: 'cancelled', endedOn: null });
    expect(placementCloseForErasure({ status: 'active', startsOn: '2026-03-01' }, '2026-04-10')).toEqual({ status: 'ended_early', endedOn: '2026-04-10' });
    expect(placementCloseForErasure({ status: 'active', startsOn: '2026-05-01' }, '2026-04-10')).toEqual({ status: 'ended_early', endedOn: '2026-05-01' });
    for (const status of ['completed', 'ended_early', 'cancelled'] as const) expect(placementCloseForErasure({ status, startsOn: '2026-03-01' }, '2026-04-10')).toBeNull();
  });
});
