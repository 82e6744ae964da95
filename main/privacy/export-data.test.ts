import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-data.ts';
import { cellValue } from './export-xlsx.ts';

describe('innsyn file details', () => {
  it('names the file after the last name and date, without characters file systems refuse', () => {
    expect(exportFileName('Ødegård', '2026-05-01', 'xlsx')).toBe('Innsyn-Ødegård-2026-05-01.xlsx');
    expect(exportFileName('al/Hassan: "x"', '2026-05-01', 'json')).toBe('Innsyn-alHassan_x-2026-05-01.json');
    expect(exportFileName('', '2026-05-01', 'json')).toBe('Innsyn-person-2026-05-01.json');
  });

  it('writes text that looks like a formula as text, numbers as numbers', () => {
    expect(cellValue('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(cellValue(['+47', 'nb'])).toBe("'+47, nb");
    expect(cellValue(72.5)).toBe(72.5);
    expect(cellValue([{ criterion: 'field', points: 30, explanation: 'Samme fagfelt' }])).toBe('Fagfelt: 30 (Samme fagfelt)');
  });
});
