import { describe, expect, it } from 'vitest';
import { formatDateText, formatTimeText, parseDateText, parseTimeText } from './date-text.ts';

describe('a typed date (dd.mm.åååå)', () => {
  it('reads a day with or without leading zeros as the same ISO day', () => {
    expect(parseDateText('1.2.2026')).toEqual({ kind: 'ok', value: '2026-02-01' });
    expect(parseDateText('01.02.2026')).toEqual({ kind: 'ok', value: '2026-02-01' });
    expect(parseDateText(' 31.12.2026 ')).toEqual({ kind: 'ok', value: '2026-12-31' });
  });

  it('refuses days the calendar does not have', () => {
    expect(parseDateText('30.02.2026')).toEqual({ kind: 'impossible' });
    expect(parseDateText('31.04.2026')).toEqual({ kind: 'impossible' });
    expect(parseDateText('00.01.2026')).toEqual({ kind: 'impossible' });
    expect(parseDateText('12.13.2026')).toEqual({ kind: 'impossible' });
  });

  it('knows 29 February only in leap years', () => {
    expect(parseDateText('29.02.2028')).toEqual({ kind: 'ok', value: '2028-02-29' });
    expect(parseDateText('29.02.2000')).toEqual({ kind: 'ok', value: '2000-02-29' });
    expect(parseDateText('29.02.2026')).toEqual({ kind: 'impossible' });
    expect(parseDateText('29.02.1900')).toEqual({ kind: 'impossible' });
    expect(formatDateText('2028-02-29')).toBe('29.02.2028');
    expect(formatDateText('2026-02-29')).toBe('');
  });

  it('refuses other shapes rather than guessing: ISO, US order with slashes, two-digit years, half-typed text', () => {
    for (const text of ['2026-02-01', '02/01/2026', '1.2.26', '1.2.', '1.2.202', '01.02.20266', 'i morgen']) expect(parseDateText(text), text).toEqual({ kind: 'format' });
  });

  it('leaves an empty field empty', () => {
    expect(parseDateText('')).toEqual({ kind: 'empty' });
    expect(parseDateText('   ')).toEqual({ kind: 'empty' });
    expect(formatDateText('')).toBe('');
    expect(formatDateText(null)).toBe('');
  });

  it('shows an ISO day as dd.mm.åååå and reads it back unchanged', () => {
    expect(formatDateText('2026-01-05')).toBe('05.01.2026');
    for (const iso of ['2026-01-05', '2027-12-31', '2028-02-29']) expect(parseDateText(formatDateText(iso))).toEqual({ kind: 'ok', value: iso });
    expect(formatDateText('05.01.2026')).toBe('');
  });
});

describe('a typed time (tt:mm, 24 h)', () => {
  it('reads 24-hour times, with a colon, a full stop or no separator', () => {
    expect(parseTimeText('18:30')).toEqual({ kind: 'ok', value: '18:30' });
    expect(parseTimeText('18.30')).toEqual({ kind: 'ok', value: '18:30' });
    expect(parseTimeText('1830')).toEqual({ kind: 'ok', value: '18:30' });
    expect(parseTimeText('8:05')).toEqual({ kind: 'ok', value: '08:05' });
    expect(parseTimeText('0:00')).toEqual({ kind: 'ok', value: '00:00' });
    expect(parseTimeText('23:59')).toEqual({ kind: 'ok', value: '23:59' });
  });

  it('refuses times the clock does not have', () => {
    expect(parseTimeText('24:00')).toEqual({ kind: 'impossible' });
    expect(parseTimeText('18:60')).toEqual({ kind: 'impossible' });
  });

  it('refuses 12-hour and half-typed times', () => {
    for (const text of ['6:00 PM', '18', '18:3', '18:300', 'kl 18']) expect(parseTimeText(text), text).toEqual({ kind: 'format' });
  });

  it('shows a stored time as tt:mm', () => {
    expect(formatTimeText('18:30')).toBe('18:30');
    expect(formatTimeText('07:05:00')).toBe('07:05');
    expect(formatTimeText('')).toBe('');
    expect(formatTimeText('25:00')).toBe('');
  });
});
