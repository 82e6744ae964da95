import { describe, expect, it } from 'vitest';
import { compareIsoDateToFilter, isoToDisplay, toTsv } from './format.ts';

describe('grid formats', () => {
  it('shows plain dates as dd.mm.åååå without shifting the day', () => {
    expect(isoToDisplay('2026-01-05')).toBe('05.01.2026');
    expect(isoToDisplay(null)).toBe('');
    expect(isoToDisplay('garbage')).toBe('');
  });
  it('compares a stored date with a filter date', () => {
    expect(compareIsoDateToFilter(new Date(2026, 0, 5), '2026-01-05')).toBe(0);
    expect(compareIsoDateToFilter(new Date(2026, 0, 5), '2026-01-04')).toBe(-1);
    expect(compareIsoDateToFilter(new Date(2026, 0, 5), '2026-02-01')).toBe(1);
  });
  it('writes tab-separated rows, flattening tabs and line breaks inside cells', () => {
    expect(toTsv([['Navn', 'Stadium'], ['Bjørn\tÅs', 'Aktiv\nny'], [null, 3]])).toBe('Navn\tStadium\r\nBjørn Ås\tAktiv ny\r\n\t3');
  });
});
