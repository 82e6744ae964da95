import type ExcelJS from 'exceljs';
import { safeCellText } from '../../import/formula-safe.ts';
import { rowXml, type StyleTable } from './row-xml.ts';

/** A cell as the report writes it: numbers stay numbers, dates are real dates, formulas carry their result. */
export type ReportCell = string | number | Date | null | { formula: string; result: number };

export type ReportColumn = { header: string; numFmt?: string; minWidth?: number; maxWidth?: number };

export type SheetSpec = {
  name: string;
  columns: readonly ReportColumn[];
  rows: readonly ReportCell[][];
  /** Rows after the table (totals, notes): outside the autofilter range. */
  after?: readonly ReportCell[][];
  /** Autofilter over the header and the table rows (default on). */
  filter?: boolean;
};

export const DATE_FORMAT = 'dd.mm.yyyy';
export const HOURS_FORMAT = '#,##0.00';
export const MONEY_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.0%';
export const AVERAGE_FORMAT = '0.00';

const WIDTH_SAMPLE = 500;

/**
 * One style object per (format, bold), shared by every cell that has it: exceljs recognises a
 * style object it has seen (a WeakMap) and skips rebuilding it, which is most of the writing
 * time for 100,000s of cells. Never mutate these objects.
 */
const styles = new Map<string, Partial<ExcelJS.Style>>();
export function sharedStyle(numFmt: string | undefined, bold: boolean): Partial<ExcelJS.Style> {
  const key = `${numFmt ?? ''}|${bold ? 'b' : ''}`;
  let style = styles.get(key);
  if (!style) styles.set(key, (style = { ...(numFmt ? { numFmt } : {}), ...(bold ? { font: { bold: true } } : {}) }));
  return style;
}

/** A YYYY-MM-DD day as the Date exceljs stores as that day (UTC midnight → the Excel serial of the day). */
export function day(date: string | null): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

function cellText(value: ReportCell): string {
  if (value === null) return '';
  if (value instanceof Date) return '00.00.0000';
  if (typeof value === 'object') return String(value.result);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return value;
}

/** Text through safeCellText (never taken for a formula); other values as they are. */
function textSafe(value: ReportCell): ReportCell {
  return typeof value === 'string' ? safeCellText(value) : value;
}

/**
 * Writes one sheet of the report with a streaming workbook: bold header row frozen, autofilter,
 * widths from the content, landscape print fitted to the page width with the header row repeated
 * on every page. Text goes through safeCellText (never taken for a formula).
 */
export function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec): void {
  const sample = [...spec.rows.slice(0, WIDTH_SAMPLE), ...(spec.after ?? [])];
  const lastColumn = spec.columns.length;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${spec.name}&RSide &P av &N` },
  });
  sheet.columns = spec.columns.map((column, i) => ({
    width: Math.min(
      column.maxWidth ?? 60,
      Math.max(column.minWidth ?? 8, column.header.length + 3, ...sample.map((row) => cellText(row[i] ?? null).length + 2)),
    ),
  }));
  const header = sheet.addRow(spec.columns.map((c) => safeCellText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: false };
  // Committing the header makes exceljs write the columns and open <sheetData>; the rows after it
  // go straight into the sheet's stream as XML (row-xml.ts), the same bytes exceljs would write.
  header.commit();
  const { stream } = sheet as unknown as { stream: { write(xml: string): void } };
  const styles = (workbook as unknown as { styles: StyleTable }).styles;
  const plain = (i: number, value: ReportCell) => sharedStyle(value instanceof Date ? DATE_FORMAT : value !== null && typeof value !== 'string' ? spec.columns[i]?.numFmt : undefined, false);
  const bold = (i: number, value: ReportCell) => sharedStyle(value instanceof Date ? DATE_FORMAT : value !== null && typeof value !== 'string' ? spec.columns[i]?.numFmt : undefined, true);
  let rowNumber = 2;
  let chunk = '';
  const write = (cells: readonly ReportCell[], style: typeof plain) => {
    chunk += rowXml(rowNumber++, cells.map(textSafe), style, styles);
    if (chunk.length > 64 * 1024) {
      stream.write(chunk);
      chunk = '';
    }
  };
  for (const row of spec.rows) write(row, plain);
  if (spec.filter !== false) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + spec.rows.length, column: lastColumn } };
  for (const row of spec.after ?? []) write(row, row.length > 0 && row[0] !== null ? bold : plain);
  if (chunk) stream.write(chunk);
  sheet.commit();
}
