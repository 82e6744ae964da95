import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { apiError } from '../../db/errors.ts';
import { checkWorkbookArchive } from './archive-check.ts';
import { MAX_DATA_ROWS, MAX_FILE_BYTES } from './limits.ts';
import { readCsv } from './read-csv.ts';
import type { Sheet } from './types.ts';

export { MAX_DATA_ROWS, MAX_FILE_BYTES };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // an OLE compound file: the old binary .xls, or an encrypted .xlsx

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const unreadable = (reason: string, message: string, details: Record<string, unknown> = {}) => apiError('IMPORT_UNREADABLE_FILE', message, { reason, ...details });

/** A password-protected .xlsx is an OLE compound file holding the streams EncryptionInfo and EncryptedPackage. */
function isEncryptedWorkbook(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le')) || bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

async function readWorkbook(bytes: Buffer): Promise<Sheet | null> {
  await checkWorkbookArchive(bytes);
  // exceljs is loaded only when a workbook is read, so other CLI commands start faster.
  const { loadWorkbook, sheetsFromWorkbook } = await import('./read-xlsx.ts');
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch {
    throw unreadable('damaged', 'The workbook is damaged and cannot be read');
  }
  const [first, ...others] = sheetsFromWorkbook(workbook);
  return first ? { ...first, otherSheets: others } : null;
}

/**
 * Reads an .xlsx or .csv (also .txt/.tsv) file into plain rows, in this thread: the import calls
 * it inside the sheet worker (read-worker/), which bounds its memory and time. Refuses, with
 * IMPORT_UNREADABLE_FILE and a `reason`, files that are too large (packed or unpacked), old .xls,
 * .ods, password-protected or damaged workbooks, zips that are not workbooks, binary data and a
 * CSV quote that never ends; IMPORT_EMPTY_FILE when nothing is in it.
 */
export async function readSheetFile(path: string): Promise<Sheet> {
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
    sheet = await readWorkbook(bytes);
  } else if (startsWith(bytes, OLE)) {
    if (isEncryptedWorkbook(bytes)) throw unreadable('encrypted', 'The workbook is protected with a password: save a copy without a password first');
    throw unreadable('old_xls', 'Old Excel format (.xls): save it as .xlsx or .csv first');
  } else if (extension === '.xlsx' || extension === '.xlsm') {
    throw unreadable('not_xlsx', 'The file is named .xlsx but is not an Excel workbook');
  } else if (extension === '.ods') {
    throw unreadable('ods', 'OpenDocument spreadsheet (.ods): save it as .xlsx first');
  } else {
    const csv = readCsv(bytes, basename(path));
    if (csv.binary) throw unreadable('binary', 'The file is not a spreadsheet (.xlsx) or a text file (.csv)');
    if (csv.unterminatedQuoteLine !== null) {
      throw unreadable('unterminated_quote', `A quote (") opened on line ${csv.unterminatedQuoteLine} never ends`, { line: csv.unterminatedQuoteLine });
    }
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
