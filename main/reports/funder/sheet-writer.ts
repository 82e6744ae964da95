import type ExcelJS from 'exceljs';
import { safeCellText } from '../../import/formula-safe.ts';
import { rowXml, type StyleTable } from './row-xml.ts';

/** A cell as the report writes it: numbers stay numbers, dates are real dates, formulas carry their result. */
export type ReportCell = string | number | Date | null | { formula: string; result: number };

/**
 * `numeric`: a column of numbers, where a text (the hidden mark) sits right-aligned like them;
 * `wrap`: long text wraps within the column's width (definitions).
 */
export type ReportColumn = { header: string; numFmt?: string; minWidth?: number; maxWidth?: number; numeric?: boolean; wrap?: boolean };

export type SheetSpec = {
  name: string;
  columns: readonly ReportColumn[];
  rows: readonly ReportCell[][];
  /** Rows after the table (totals, notes): outside the autofilter range. */
  after?: readonly ReportCell[][];
  /** Autofilter over the header and the table rows (default on). */
  filter?: boolean;
  /** Printed at the top of every page (grant, funder, period). */
  pageHeader?: string;
};

export const DATE_FORMAT = 'dd.mm.yyyy';
/** Whole numbers with the reader's thousands separator (Excel and LibreOffice print '#,##0' in the locale's own). */
export const COUNT_FORMAT = '#,##0';
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
export function sharedStyle(numFmt: string | undefined, bold: boolean, layout?: 'right' | 'wrap'): Partial<ExcelJS.Style> {
  const key = `${numFmt ?? ''}|${bold ? 'b' : ''}|${layout ?? ''}`;
  let style = styles.get(key);
  if (!style) {
    const alignment: Partial<ExcelJS.Alignment> | undefined = layout === 'right' ? { horizontal: 'right' } : layout === 'wrap' ? { wrapText: true, vertical: 'top', horizontal: 'left' } : undefined;
    styles.set(key, (style = { ...(numFmt ? { numFmt } : {}), ...(bold ? { font: { bold: true } } : {}), ...(alignment ? { alignment } : {}) }));
  }
  return style;
}

/** Text safe inside a page header or footer (& starts a code there). */
export const headerText = (text: string) => text.replace(/&/g, '&&');

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
    headerFooter: { ...(spec.pageHeader ? { oddHeader: `&L${headerText(spec.pageHeader)}` } : {}), oddFooter: `&L${headerText(spec.name)}&RSide &P av &N` },
  });
  // A long header wraps onto two or three lines rather than widening a column of short values.
  const headerWidth = (header: string) => Math.min(header.length + 3, Math.max(10, ...header.split(' ').map((w) => w.length + 2), Math.ceil(header.length / 3) + 2));
  const widths = spec.columns.map((column, i) =>
    Math.min(column.maxWidth ?? 60, Math.max(column.minWidth ?? 8, headerWidth(column.header), ...sample.map((row) => cellText(row[i] ?? null).length + 2))),
  );
  sheet.columns = widths.map((width) => ({ width }));
  const wrapped = spec.columns.flatMap((c, i) => (c.wrap ? [i] : []));
  /** Lines a wrapped row needs (a column width holds about that many average characters), as points. */
  const heightOf = (cells: readonly ReportCell[]) => {
    if (wrapped.length === 0) return undefined;
    const lines = Math.max(1, ...wrapped.map((i) => Math.ceil(cellText(cells[i] ?? null).length / Math.max(1, widths[i]! - 2))));
    return lines > 1 ? lines * 15 : undefined;
  };
  const header = sheet.addRow(spec.columns.map((c) => safeCellText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'bottom', wrapText: true };
  const headerLines = Math.max(...spec.columns.map((c, i) => Math.ceil((c.header.length + 1) / Math.max(1, widths[i]! - 1))));
  if (headerLines > 1) header.height = headerLines * 15;
  // Committing the header makes exceljs write the columns and open <sheetData>; the rows after it
  // go straight into the sheet's stream as XML (row-xml.ts), the same bytes exceljs would write.
  header.commit();
  const { stream } = sheet as unknown as { stream: { write(xml: string): void } };
  const styles = (workbook as unknown as { styles: StyleTable }).styles;
  const style = (i: number, value: ReportCell, isBold: boolean) => {
    const column = spec.columns[i];
    const layout = column?.wrap ? 'wrap' : column?.numeric && typeof value === 'string' ? 'right' : undefined;
    if (value instanceof Date) return sharedStyle(DATE_FORMAT, isBold, layout);
    if (value === null || typeof value === 'string') return sharedStyle(undefined, isBold, layout);
    // A count column that also holds hours or kroner: two decimals where the number has them.
    const numFmt = column?.numFmt === COUNT_FORMAT && typeof value === 'number' && !Number.isInteger(value) ? HOURS_FORMAT : column?.numFmt;
    return sharedStyle(numFmt, isBold, layout);
  };
  const plain = (i: number, value: ReportCell) => style(i, value, false);
  const bold = (i: number, value: ReportCell) => style(i, value, true);
  let rowNumber = 2;
  let chunk = '';
  const write = (cells: readonly ReportCell[], style: typeof plain) => {
    chunk += rowXml(rowNumber++, cells.map(textSafe), style, styles, heightOf(cells));
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
