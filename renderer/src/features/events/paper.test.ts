import { describe, expect, it } from 'vitest';
import { paperChanges } from './paper.ts';

describe('entering a paper sign-in sheet', () => {
  const roster = [
    { attendanceId: 'a', status: 'registered' as const },
    { attendanceId: 'b', status: 'registered' as const },
    { attendanceId: 'c', status: 'attended' as const },
    { attendanceId: 'd', status: 'cancelled' as const },
    { attendanceId: 'e', status: 'no_show' as const },
  ];

  it('ticks become møtt, the invited who were not ticked become ikke møtt', () => {
    expect(paperChanges(roster, new Set(['a', 'c']))).toEqual({ attended: ['a'], noShow: ['b'] });
  });

  it('untick someone the kiosk checked in and they become ikke møtt; cancelled stay cancelled', () => {
    expect(paperChanges(roster, new Set(['a', 'b']))).toEqual({ attended: ['a', 'b'], noShow: ['c'] });
  });

  it('a cancelled or no-show person ticked on the sheet was there after all', () => {
    expect(paperChanges(roster, new Set(['a', 'b', 'c', 'd', 'e']))).toEqual({ attended: ['a', 'b', 'd', 'e'], noShow: [] });
  });
});
