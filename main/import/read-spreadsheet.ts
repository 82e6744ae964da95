import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { apiError } from '../../db/errors.ts';
import { readCsv } from './read-csv.ts';
import type { Sheet } from './types.ts';

/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** More data rows than this are refused (DESIGN.md designs for 20,000 people in a programme). */
export const MAX_DATA_ROWS = 50_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old binary .xls (and .doc) format

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const unreadable = (reason: string, message: string) => apiError('IMPORT_UNREADABLE_FILE', message, { reason });

/**
 * Reads an .xlsx or .csv (also .txt/.tsv) file into plain rows. Refuses, with IMPORT_UNREADABLE_FILE
 * and a `reason`, files that are too large, old .xls files, zips that are not workbooks and binary
 * data; IMPORT_EMPTY_FILE when nothing is in it.
 */
export async function readSpreadsheet(path: string): Promise<Sheet> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw unreadable('missing', 'The file could not be opened');
  }
  if (size > MAX_FILE_BYTES) throw unreadable('too_large', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (size === 0) throw apiError('IMPORT_EMPTY_FILE', 'The file is empty');
  const bytes = readFileSync(path);
  const extension = extname(path).toLowerCase();
  let sheet: Sheet | null;
  if (startsWith(bytes, ZIP)) {
    // Entry names are stored as plain text in a zip: a workbook has xl/workbook.xml.
    if (!bytes.includes('xl/workbook.xml')) throw unreadable('not_xlsx', 'The file is a zip archive but not an Excel workbook (.xlsx)');
    // exceljs is loaded only when a workbook is read, so other CLI commands start faster.
    const { loadWorkbook, sheetFromWorkbook } = await import('./read-xlsx.ts');
    let workbook;
    try {
      workbook = await loadWorkbook(bytes);
    } catch {
      throw unreadable('not_xlsx', 'The file is a zip archive but not an Excel workbook (.xlsx)');
    }
    sheet = sheetFromWorkbook(workbook);
  } else if (startsWith(bytes, OLE)) {
    throw unreadable('old_xls', 'Old Excel format (.xls): save it as .xlsx or .csv first');
  } else if (extension === '.xlsx' || extension === '.xlsm') {
    throw unreadable('not_xlsx', 'The file is named .xlsx but is not an Excel workbook');
  } else {
    const csv = readCsv(bytes, basename(path));
    if (csv.binary) throw unreadable('binary', 'The file is not a spreadsheet (.xlsx) or a text file (.csv)');
    sheet = csv;
  }
  if (!sheet) throw apiError('IMPORT_EMPTY_FILE', 'The file holds no sheet with values');
  const nonBlank = sheet.rows.filter((row) => !isBlankRow(row));
  if (nonBlank.length === 0) throw apiError('IMPORT_EMPTY_FILE', 'The file holds no values');
  if (nonBlank.length > MAX_DATA_ROWS + 1) {
    throw apiError('IMPORT_TOO_MANY_ROWS', `The sheet has more than ${MAX_DATA_ROWS} rows`, { rows: nonBlank.length, max: MAX_DATA_ROWS });
  }
  return sheet;
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cell == null || (typeof cell === 'string' && cell.trim() === ''));
}
