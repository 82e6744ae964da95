import ExcelJS from 'exceljs';
import { criterionName, explanationText } from '../matching/explain.ts';
import type { CriterionId, Explanation } from '../matching/types.ts';
import { safeCellText } from '../import/formula-safe.ts';
import { PART_COLUMNS, type ExportRow, type ExportValue, type PersonExport } from './export-data.ts';
import { columnHeading, FIELD_HEADING, sheetName, VALUE_HEADING } from './export-labels.ts';

const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** A cell: numbers and booleans as themselves, everything else as formula-safe text. */
export function cellValue(value: ExportValue): string | number | boolean | null {
  if (value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return safeCellText(value);
  if (value.every((v) => typeof v === 'string')) return safeCellText((value as readonly string[]).join(', '));
  // Match score breakdown: "Criterion name: share (explanation)" per line; older rows hold the explanation as text.
  const lines = (value as readonly Record<string, unknown>[]).map((item) => {
    const raw = item.explanation;
    const text = typeof raw === 'string' ? raw : raw && typeof raw === 'object' && 'key' in raw ? explanationText(raw as Explanation) : '';
    const explanation = text ? ` (${text})` : '';
    const criterion = criterionName(String(item.criterion ?? '') as CriterionId);
    return `${criterion}: ${String(item.share ?? item.points ?? '')}${explanation}`;
  });
  return safeCellText(lines.join('\n'));
}

function widthOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Math.max(...String(value).split('\n').map((line) => line.length));
}

function addSheet(workbook: ExcelJS.Workbook, name: string, headings: string[], keys: string[], rows: ExportRow[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const cells = rows.map((row) => keys.map((key) => cellValue(row[key] ?? null)));
  sheet.columns = keys.map((key, i) => ({
    key,
    header: safeCellText(headings[i]),
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widthOf(headings[i]) + 2, ...cells.map((row) => widthOf(row[i]) + 2))),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of cells) sheet.addRow(row);
}

/** The innsyn workbook: one sheet per part, Norwegian headings, frozen header row. */
export function personWorkbook(data: PersonExport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koble';
  workbook.created = new Date(`${data.generatedOn}T00:00:00Z`);
  const personRows = Object.entries(data.person).map(([field, value]) => ({ field: columnHeading(field), value }));
  addSheet(workbook, sheetName('person'), [FIELD_HEADING, VALUE_HEADING], ['field', 'value'], personRows);
  for (const [part, rows] of Object.entries(data.parts) as [keyof typeof PART_COLUMNS, ExportRow[]][]) {
    const keys = [...PART_COLUMNS[part]];
    addSheet(workbook, sheetName(part), keys.map(columnHeading), keys, rows);
  }
  return workbook;
}

export async function personWorkbookBuffer(data: PersonExport): Promise<Buffer> {
  return Buffer.from(await personWorkbook(data).xlsx.writeBuffer());
}
