import { expect, it } from 'vitest';
import { isIsoDate, isoDate } from './iso-date.ts';
import { osloToday, osloYear } from '../../shared/oslo-day.ts';

it("today is the Oslo day, whatever the computer's zone: New Year's Eve 23:30 in Oslo is still the old year", () => {
  expect(osloToday(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  expect(osloYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  // 00:30 in Oslo on New Year's Day is 23:30 UTC the evening before.
  expect(osloToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  expect(osloYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  // Summer time: Oslo is two hours ahead.
  expect(osloToday(new Date('2027-07-14T22:30:00Z'))).toBe('2027-07-15');
  expect(osloToday(new Date('2028-02-29T12:00:00Z'))).toBe('2028-02-29');
});

it('a date input is a real calendar day written YYYY-MM-DD', () => {
  expect(isIsoDate('2028-02-29')).toBe(true);
  expect(isIsoDate('2026-02-29')).toBe(false);
  expect(isIsoDate('2026-02-30')).toBe(false);
  expect(isIsoDate('2026-2-3')).toBe(false);
  expect(isoDate.safeParse('2026-02-30').success).toBe(false);
  expect(isoDate.safeParse('2026-02-28').success).toBe(true);
});
