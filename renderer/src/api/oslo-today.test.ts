import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { osloToday, osloYear } from '../../../shared/oslo-day.ts';
import { formatDate } from '../i18n/format-date.ts';

// The screens' "today" is the office's Oslo day, not the computer's: a laptop set to New York
// at 18:30 on New Year's Eve is already past midnight in Oslo.
const savedZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'America/New_York';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-31T23:30:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

it("today and this year are Oslo's, whatever the computer's zone", () => {
  expect(new Date().getDate()).toBe(31); // the computer's own calendar still says 31 December
  expect(osloToday()).toBe('2027-01-01');
  expect(osloYear()).toBe(2027);
});

it('shows a stored day as that day, west of UTC too', () => {
  expect(formatDate('2027-03-01')).toBe('01.03.2027');
  expect(formatDate(osloToday())).toBe('01.01.2027');
});
