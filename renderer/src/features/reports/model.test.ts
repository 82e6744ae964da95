import { describe, expect, it } from 'vitest';
import { daysUntil, defaultPeriod, funderJobResult, isIsoDate, jobPercent, outsideGrant, parseAmount, parseHours, parseNumber, periodProblem, shownCount } from './model.ts';

describe('numbers as staff type them', () => {
  it('reads Norwegian and English decimals and grouped thousands', () => {
    expect(parseNumber('7,5')).toBe(7.5);
    expect(parseNumber('7.5')).toBe(7.5);
    expect(parseNumber('1 200 000')).toBe(1_200_000);
    expect(parseNumber('1\u00a0200\u00a0000,50')).toBe(1_200_000.5);
    expect(parseNumber('450 000 kr')).toBe(450_000);
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('12a')).toBeNaN();
    expect(parseNumber('1,2,3')).toBeNaN();
  });

  it('accepts an empty amount, refuses a negative or garbled one', () => {
    expect(parseAmount('')).toEqual({ ok: true, value: null });
    expect(parseAmount('450 000')).toEqual({ ok: true, value: 450_000 });
    expect(parseAmount('-5')).toEqual({ ok: false });
    expect(parseAmount('mange')).toEqual({ ok: false });
  });

  it('takes hours above 0 and up to 24 only', () => {
    expect(parseHours('7,5')).toBe(7.5);
    expect(parseHours('24')).toBe(24);
    expect(parseHours('0')).toBeNull();
    expect(parseHours('24,5')).toBeNull();
    expect(parseHours('')).toBeNull();
  });
});

describe('the report period', () => {
  it('defaults to the grant period', () => {
    expect(defaultPeriod({ periodStart: '2026-01-01', periodEnd: '2026-12-31' })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(defaultPeriod(null)).toEqual({ from: '', to: '' });
  });

  it('needs two real dates in order', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(periodProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(periodProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(periodProblem('2026-12-31', '2026-01-01')).toBe('order');
    expect(periodProblem('', '2026-01-01')).toBe('missing');
  });

  it('counts days to a deadline across month ends and DST', () => {
    expect(daysUntil('2026-04-01', '2026-03-20')).toBe(12);
    expect(daysUntil('2026-03-20', '2026-04-01')).toBe(-12);
    expect(daysUntil('2026-10-26', '2026-10-24')).toBe(2);
  });
});

describe('a period outside the grant', () => {
  it('is any day before the grant starts or after it ends; an unfinished period is not judged', () => {
    const grant = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };
    expect(outsideGrant({ from: '2026-01-01', to: '2026-12-31' }, grant)).toBe(false);
    expect(outsideGrant({ from: '2026-04-01', to: '2026-06-30' }, grant)).toBe(false);
    expect(outsideGrant({ from: '2027-01-01', to: '2027-03-31' }, grant)).toBe(true);
    expect(outsideGrant({ from: '2025-12-31', to: '2026-06-30' }, grant)).toBe(true);
    expect(outsideGrant({ from: '2026-10-01', to: '2027-01-01' }, grant)).toBe(true);
    expect(outsideGrant({ from: '2027-01-01', to: '' }, grant)).toBe(false);
    expect(outsideGrant({ from: '2027-01-01', to: '2027-03-31' }, null)).toBe(false);
  });
});

describe('the report job', () => {
  it('shows progress as a percentage once the total is known', () => {
    expect(jobPercent({ state: 'running', done: 0, total: 0 })).toBeNull();
    expect(jobPercent({ state: 'running', done: 1, total: 3 })).toBe(33);
    expect(jobPercent({ state: 'running', done: 5, total: 3 })).toBe(100);
    expect(jobPercent({ state: 'done', done: 0, total: 0 })).toBe(100);
  });

  it('reads the saved path from the job result and nothing from junk', () => {
    expect(funderJobResult({ path: '/tmp/r.xlsx', sheets: ['Nøkkeltall', 3] })).toEqual({ path: '/tmp/r.xlsx', sheets: ['Nøkkeltall'] });
    expect(funderJobResult({ sheets: [] })).toBeNull();
    expect(funderJobResult(null)).toBeNull();
  });

  it('hides head counts of 1 and 2 when asked, never hours, kroner or zero', () => {
    // The workbook's one mark for every hidden cell (HIDDEN_MARK), never "<3", which would say the cell is small.
    expect(shownCount('gotJob', 2, true)).toBe(':');
    expect(shownCount('gotJob', 1, true)).toBe(':');
    expect(shownCount('gotJob', 0, true)).toBe(0);
    expect(shownCount('gotJob', 3, true)).toBe(3);
    expect(shownCount('gotJob', 2, false)).toBe(2);
    expect(shownCount('hours', 2, true)).toBe(2);
    expect(shownCount('hoursValue', 1, true)).toBe(1);
  });
});
