/** The grid view as an .xlsx workbook (exceljs), loaded only when a view is exported. */
import ExcelJS from 'exceljs';
import { safeCellText } from '../import/formula-safe.ts';
import type { ExportViewInput } from './export-view.ts';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows looked at to size the columns; enough for a good guess without walking 50,000 rows. */
const WIDTH_SAMPLE = 500;

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Visning';
}

function cellValue(value: string | number | null | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return value === '' ? null : safeCellText(value);
}

function textWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Math.max(...String(value).split('\n').map((line) => line.length));
}

/** The workbook: one sheet, bold and frozen header row, autofilter, numbers as numbers, text formula-safe. */
export function viewWorkbook(input: Pick<ExportViewInput, 'title' | 'columns' | 'rows'>, created = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koble';
  workbook.created = created;
  const sheet = workbook.addWorksheet(sheetName(input.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  const sample = input.rows.slice(0, WIDTH_SAMPLE);
  sheet.columns = input.columns.map((column) => ({
    key: column.key,
    header: safeCellText(column.header),
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, textWidth(column.header) + 3, ...sample.map((row) => textWidth(row[column.key]) + 2))),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of input.rows) sheet.addRow(input.columns.map((column) => cellValue(row[column.key])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: input.columns.length } };
  return workbook;
}
