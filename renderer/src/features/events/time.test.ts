import { describe, expect, it } from 'vitest';
import { osloDate, osloDateTime, osloTime, osloToIso, osloWall } from './time.ts';

describe('event times on the Oslo clock', () => {
  it('turns an Oslo date and time into the UTC instant, winter and summer', () => {
    expect(osloToIso('2026-01-15', '18:00')).toBe('2026-01-15T17:00:00.000Z');
    expect(osloToIso('2026-06-15', '18:00')).toBe('2026-06-15T16:00:00.000Z');
  });

  it('handles the nights the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
    expect(osloToIso('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(osloToIso('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(osloToIso('2026-10-25', '04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses text that is not a date and a time', () => {
    expect(osloToIso('15.01.2026', '18:00')).toBeNull();
    expect(osloToIso('2026-01-15', '6 pm')).toBeNull();
  });

  it('shows an instant on the Oslo clock whatever the computer zone is', () => {
    expect(osloWall('2026-06-15T16:04:00.000Z')).toEqual({ date: '2026-06-15', time: '18:04' });
    expect(osloTime('2026-01-15T17:04:00.000Z')).toBe('18:04');
    expect(osloDate('2026-12-31T23:30:00.000Z')).toBe('01.01.2027');
    expect(osloDateTime('2026-01-15T17:00:00.000Z')).toBe('15.01.2026 18:00');
    expect(osloDate(null)).toBe('');
  });

  it('round-trips every quarter hour of a day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      expect(osloWall(osloToIso('2026-09-01', time)!)).toEqual({ date: '2026-09-01', time });
    }
  });
});
