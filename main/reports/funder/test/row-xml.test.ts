import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { safeCellText } from '../../../import/formula-safe.ts';
import { columnLetters, xmlText } from '../row-xml.ts';
import { DATE_FORMAT, day, MONEY_FORMAT, sharedStyle, writeSheet, type ReportCell, type SheetSpec } from '../sheet-writer.ts';
import { SYSTEM_PYTHON } from './readers.ts';

async function xlsx(write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.created = workbook.modified = new Date('2026-01-01T10:00:00Z');
  write(workbook);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

/** The parts of an .xlsx, read with Python's zipfile (an independent unzip). */
function parts(bytes: Buffer, names: string[]): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'koble-rowxml-'));
  try {
    const file = join(dir, 'w.xlsx');
    writeFileSync(file, bytes);
    const r = spawnSync(SYSTEM_PYTHON, ['-c', 'import json, sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: z.read(n).decode() for n in sys.argv[2:]}))', file, ...names], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as Record<string, string>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same sheet the way the report wrote it before row-xml.ts: every row through exceljs's Row and Cell objects. */
function writeWithExceljsRows(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name);
  sheet.columns = spec.columns.map(() => ({ width: 10 }));
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  // The header as writeSheet writes it: long headers wrap (issue 12's print setup).
  header.alignment = { vertical: 'bottom', wrapText: true };
  header.commit();
  const write = (cells: readonly ReportCell[], bold: boolean) => {
    const row = sheet.addRow(cells.map((v) => (typeof v === 'string' ? safeCellText(v) : v && typeof v === 'object' && !(v instanceof Date) ? { formula: v.formula, result: v.result } : v)));
    cells.forEach((value, i) => {
      const format = value instanceof Date ? DATE_FORMAT : value !== null && typeof value !== 'string' ? spec.columns[i]?.numFmt : undefined;
      row.getCell(i + 1).style = sharedStyle(format, bold);
    });
    row.commit();
  };
  for (const row of spec.rows) write(row, false);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + spec.rows.length, column: spec.columns.length } };
  for (const row of spec.after ?? []) write(row, row.length > 0 && row[0] !== null);
  sheet.commit();
}

describe('data rows written as XML (row-xml.ts)', () => {
  it('escapes like exceljs and names columns past Z', () => {
    expect(xmlText(`a<b>&"c'\u0001\u000b\td\ne\rf\u007f`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;\td\ne\rf');
    expect(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'].map((l, i) => [l, columnLetters([1, 26, 27, 52, 53, 702, 703][i]!)])).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'].map((l) => [l, l]));
  });

  it('gives the same sheet and styles, byte for byte, as exceljs writing every row itself', async () => {
    const columns = [{ header: 'Dato', numFmt: DATE_FORMAT }, { header: 'Tekst' }, { header: 'Antall' }, { header: 'Verdi', numFmt: MONEY_FORMAT }, { header: 'Sum', numFmt: MONEY_FORMAT }];
    const rows: ReportCell[][] = [];
    for (let i = 0; i < 300; i++) {
      rows.push([
        i % 7 === 0 ? null : day(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`),
        ['Kvinne', '=SUM(A1)', '+47 912 34 567', 'Ås & Øst <kommune>', '"sitat" \'x\'', 'kontroll\u0002tegn\ttab', '', '@bruker'][i % 8]!,
        i % 5 === 0 ? null : i,
        i % 3 === 0 ? 0.1 + i / 7 : 650,
        { formula: `C${i + 2}*D${i + 2}`, result: Math.round(i * 650 * 100) / 100 },
      ]);
    }
    const spec: SheetSpec = { name: 'Ark', columns, rows, after: [[], [null, null, null], ['Sum', null, { formula: 'SUM(C2:C301)', result: 1 }, null, 2.5], [null, 'ikke fet']] };
    const names = ['xl/worksheets/sheet1.xml', 'xl/styles.xml'];
    const ours = parts(await xlsx((w) => writeSheet(w, spec)), names);
    const theirs = parts(await xlsx((w) => writeWithExceljsRows(w, spec)), names);
    // The sheets differ only where writeSheet adds more than the reference (widths, view, print setup): compare <sheetData>.
    const data = (xml: string) => xml.slice(xml.indexOf('<sheetData>'), xml.indexOf('</sheetData>') + '</sheetData>'.length);
    expect(data(ours[names[0]!]!)).toBe(data(theirs[names[0]!]!));
    expect(data(ours[names[0]!]!)).toContain('<row r="304"'); expect(data(ours[names[0]!]!)).not.toContain('<row r="302"');
    expect(ours[names[1]!]).toBe(theirs[names[1]!]);
  });
});
