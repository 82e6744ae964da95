import type ExcelJS from 'exceljs';
import type { ReportCell } from './sheet-writer.ts';
import { ValueType } from './xlsx-stream.ts';

/**
 * The XML of a worksheet's data rows, written as exceljs 4.4 writes them (row-xform and
 * cell-xform: the same elements, attributes and order, byte for byte; the workbook tests compare
 * the two), without building a Row, a Cell and a model object per cell. Over the Deltakere sheet
 * (200,000+ cells) exceljs's per-cell objects were most of the writing time. exceljs still writes
 * everything around the rows: columns, views, autofilter, print setup, styles, the zip.
 */

/** What the style table needs to hand out a cell's style id (exceljs's StylesXform.addStyleModel). */
export type StyleTable = { addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };

const V = ValueType;
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold
const ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPE_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** exceljs's xmlEncode: the five entities, and control characters XML cannot hold dropped (tab, LF, CR kept). */
export function xmlText(text: string): string {
  return ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ENTITIES[c] ?? '') : text;
}

const letters: string[] = [];
/** Column letters of a 1-based column number (A, B, …, Z, AA, …). */
export function columnLetters(column: number): string {
  let letter = letters[column];
  if (letter === undefined) {
    letter = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
    letters[column] = letter;
  }
  return letter;
}

/** A day as Excel's serial number, as exceljs's dateToExcel computes it. */
const excelSerial = (date: Date) => 25569 + date.getTime() / 86_400_000;

function typeOf(value: ReportCell): ExcelJS.ValueType {
  if (value === null) return V.Null;
  if (typeof value === 'string') return V.String;
  if (typeof value === 'number') return V.Number;
  if (value instanceof Date) return V.Date;
  return V.Number; // a formula: its effective type is its (numeric) result's
}

/**
 * One `<row>` element, or '' when the row has no value (exceljs writes no element for such a
 * row, though it still takes its number). `text` is the already formula-safe string of a cell.
 */
export function rowXml(rowNumber: number, cells: readonly ReportCell[], styleOf: (index: number, value: ReportCell) => Partial<ExcelJS.Style>, styles: StyleTable, height?: number): string {
  if (!cells.some((c) => c !== null)) return '';
  // A set height (points) for rows of wrapped text: LibreOffice keeps a row's height from the file.
  let xml = `<row r="${rowNumber}" spans="1:${cells.length}"${height ? ` ht="${height}" customHeight="1"` : ''} x14ac:dyDescent="0.25">`;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i]!;
    const styleId = styles.addStyleModel(styleOf(i, value), typeOf(value));
    if (value === null && !styleId) continue;
    xml += `<c r="${columnLetters(i + 1)}${rowNumber}"`;
    if (styleId) xml += ` s="${styleId}"`;
    if (value === null) xml += '/>';
    else if (typeof value === 'string') xml += ` t="str"><v>${xmlText(value)}</v></c>`;
    else if (typeof value === 'number') xml += `><v>${value}</v></c>`;
    else if (value instanceof Date) xml += `><v>${excelSerial(value)}</v></c>`;
    else xml += `><f>${xmlText(value.formula)}</f><v>${value.result}</v></c>`;
  }
  return `${xml}</row>`;
}
