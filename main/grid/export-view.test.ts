import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { filesContaining } from '../../db/test/temp-dir.ts';
import { testProgramme } from '../test/programme.ts';
import { osloToday } from '../../shared/oslo-day.ts';
import { exportViewFileName } from './export-view.ts';
import { viewWorkbook } from './view-workbook.ts';

const columns = [
  { header: 'Navn', key: 'name' },
  { header: 'Stadium', key: 'stage' },
  { header: 'Dager i stadiet', key: 'daysInStage' },
  { header: 'Neste steg', key: 'nextAction' },
  { header: 'Dato for neste steg', key: 'nextActionOn' },
];
const rows = [
  { name: 'Amina Haddad', stage: 'Aktiv', daysInStage: 12, nextAction: '=HYPERLINK("http://x.example","klikk")', nextActionOn: '01.03.2026' },
  { name: '@Olena Kovalenko', stage: 'Registrert', daysInStage: 0, nextAction: '+47 912 34 567', nextActionOn: null },
  { name: 'Bjørn Testesen', stage: 'Kartlagt', daysInStage: 3.5, nextAction: '-1', nextActionOn: '' },
];

async function readBack(buffer: ArrayBuffer | Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('the grid view workbook', () => {
  it('has the headers in order (bold, frozen, autofilter), the rows, numbers as numbers and formula-like text as text', async () => {
    const sheet = await readBack(await viewWorkbook({ title: 'Deltakere', columns, rows }).xlsx.writeBuffer());
    expect(sheet.name).toBe('Deltakere');
    expect(sheet.rowCount).toBe(1 + rows.length);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('Amina Haddad');
    expect(first.getCell(2).value).toBe('Aktiv');
    expect(first.getCell(3).value).toBe(12);
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(5).value).toBe('01.03.2026');
    // Formula-looking text is a string cell with the apostrophe convention, never a formula.
    const formulaLike = first.getCell(4);
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.formula).toBeUndefined();
    expect(formulaLike.value).toBe('\'=HYPERLINK("http://x.example","klikk")');
    const second = sheet.getRow(3);
    expect(second.getCell(1).value).toBe("'@Olena Kovalenko");
    expect(second.getCell(4).value).toBe('+47 912 34 567'); // a phone number is not a formula: no apostrophe
    expect(second.getCell(3).value).toBe(0);
    expect(second.getCell(5).value).toBeNull();
    expect(sheet.getRow(4).getCell(3).value).toBe(3.5);
    expect(sheet.getRow(4).getCell(4).value).toBe('-1'); // a signed number written as text stays as written, in a string cell
    expect(sheet.getRow(4).getCell(4).type).toBe(ExcelJS.ValueType.String);
    for (let i = 1; i <= columns.length; i++) {
      const width = sheet.getColumn(i).width ?? 0;
      expect(width).toBeGreaterThanOrEqual(8);
      expect(width).toBeLessThanOrEqual(60);
    }
    expect(sheet.getColumn(4).width).toBeGreaterThan(sheet.getColumn(3).width!);
  });

  it('names the file after the title and date, without path characters', () => {
    expect(exportViewFileName('Deltakere', '2026-03-01')).toBe('Deltakere-2026-03-01.xlsx');
    expect(exportViewFileName('../Kull: høst/vår', '2026-03-01')).toBe('Kull_høstvår-2026-03-01.xlsx');
    expect(exportViewFileName('...', '2026-03-01')).toBe('Visning-2026-03-01.xlsx');
  });
});

describe('grid.exportView', () => {
  it('writes the chosen file, returns its path and audits counts only', async () => {
    const p = await testProgramme();
    try {
      const result = await p.call('grid.exportView', { grid: 'participants', title: 'Deltakere', columns, rows });
      expect(result?.path).toMatch(new RegExp(`Deltakere-${osloToday()}\\.xlsx$`));
      expect(existsSync(result!.path)).toBe(true);
      const sheet = await readBack(readFileSync(result!.path));
      expect(sheet.rowCount).toBe(4);
      const audit = p.db().select().from(auditLog).where(and(eq(auditLog.action, 'export'), eq(auditLog.entity, 'participants'))).all();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.details).toEqual({ kind: 'grid_view', format: 'xlsx', rows: 3, columns: 5 });
      // The audit log (inside the encrypted file) holds no value from the export.
      expect(JSON.stringify(audit)).not.toContain('Amina');
      expect(filesContaining(p.dir, ['Amina Haddad']).filter((hit) => !hit.file.endsWith('.xlsx'))).toEqual([]);
    } finally {
      p.close();
    }
  });

  it('refuses bad input: too many columns, duplicate keys, objects as values', async () => {
    const p = await testProgramme();
    try {
      const many = Array.from({ length: 61 }, (_, i) => ({ header: `K${i}`, key: `k${i}` }));
      for (const input of [
        { grid: 'participants', title: 'X', columns: many, rows: [] },
        { grid: 'participants', title: 'X', columns: [{ header: 'A', key: 'a' }, { header: 'B', key: 'a' }], rows: [] },
        { grid: 'participants', title: 'X', columns: [{ header: 'A', key: 'a' }], rows: [{ a: { f: 1 } }] },
        { grid: 'groups', title: 'X', columns: [{ header: 'A', key: 'a' }], rows: [] },
        { grid: 'mentors', title: '', columns: [{ header: 'A', key: 'a' }], rows: [] },
      ]) {
        expect((await p.api.call('grid.exportView', input)).ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      }
    } finally {
      p.close();
    }
  });
});
