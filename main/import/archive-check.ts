import yauzl from 'yauzl';
import type { Readable } from 'node:stream';
import { apiError, KobleError } from '../../db/errors.ts';
import { MAX_DATA_ROWS } from './limits.ts';

/**
 * What an .xlsx may hold before it is parsed. A workbook is a zip of XML; a hostile one can inflate
 * 2 MB into 2 GB, or name a merge over 17 billion cells that a reader would expand. So before
 * exceljs sees it, every entry is inflated once as a stream (yauzl refuses an entry that inflates
 * to more than its header says) and every worksheet is scanned for its rows, dimension and merges.
 */
export const ARCHIVE_LIMITS = {
  entries: 2000,
  /** the sum of all entries unpacked */
  unpackedBytes: 200 * 1024 * 1024,
  /** unpacked / packed for an entry over 1 MB; real workbooks stay far below 100 */
  ratio: 200,
  /** <row> elements in one sheet, empty formatted rows included */
  rowElements: MAX_DATA_ROWS * 2 + 1000,
  /** cells covered by all merges of a sheet (a 50,000-row import has room for a few per row) */
  mergedCells: 200_000,
  merges: 20_000,
} as const;

const unreadable = (reason: string, message: string, details: Record<string, unknown> = {}) =>
  apiError('IMPORT_UNREADABLE_FILE', message, { reason, ...details });

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

function entries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const all: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      all.push(entry);
      if (all.length > ARCHIVE_LIMITS.entries) {
        zip.close();
        reject(unreadable('too_complex', 'The workbook holds too many parts', { entries: all.length }));
      } else zip.readEntry();
    });
    zip.on('end', () => resolve(all));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Column letters → number (A → 1, XFD → 16384); row digits → number. */
function cellRef(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

export function rangeCells(range: string): { rows: number; cells: number } | null {
  const [from, to = from] = range.split(':');
  const a = from ? cellRef(from) : null;
  const b = to ? cellRef(to) : null;
  if (!a || !b) return null;
  const rows = Math.abs(b.row - a.row) + 1;
  return { rows, cells: rows * (Math.abs(b.col - a.col) + 1) };
}

/** Scans one worksheet's XML as it inflates; rejects as soon as a limit is passed. */
class SheetScan {
  private tail = '';
  rowElements = 0;
  mergedCells = 0;
  merges = 0;
  lastRow = 0;

  private readonly sheet: string;

  constructor(sheet: string) {
    this.sheet = sheet;
  }

  feed(chunk: Buffer): void {
    const text = this.tail + chunk.toString('latin1');
    const fresh = this.tail.length;
    // A match is counted by the chunk it ends in, so one split across chunks is counted once.
    for (const m of text.matchAll(/<row[\s>/]/g)) if (m.index + m[0].length > fresh) this.rowElements++;
    for (const m of text.matchAll(/<dimension\s+ref="([^"]{1,40})"/g)) {
      if (m.index + m[0].length <= fresh) continue;
      const range = rangeCells(m[1]!);
      if (range) this.lastRow = Math.max(this.lastRow, range.rows);
    }
    for (const m of text.matchAll(/<mergeCell\s+ref="([^"]{1,40})"/g)) {
      if (m.index + m[0].length <= fresh) continue;
      const range = rangeCells(m[1]!);
      this.merges++;
      this.mergedCells += range ? range.cells : ARCHIVE_LIMITS.mergedCells + 1;
    }
    this.tail = text.slice(-200);
    this.check();
  }

  private check(): void {
    if (this.rowElements > ARCHIVE_LIMITS.rowElements || this.lastRow > ARCHIVE_LIMITS.rowElements) {
      throw apiError('IMPORT_TOO_MANY_ROWS', `The sheet has more than ${ARCHIVE_LIMITS.rowElements} rows, counting empty formatted rows`, {
        reason: 'formatted_rows',
        max: MAX_DATA_ROWS,
      });
    }
    if (this.merges > ARCHIVE_LIMITS.merges || this.mergedCells > ARCHIVE_LIMITS.mergedCells) {
      throw unreadable('too_complex', 'The workbook merges more cells than an import can hold', { sheet: this.sheet, mergedCells: this.mergedCells });
    }
  }
}

function drain(zip: yauzl.ZipFile, entry: yauzl.Entry, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream: Readable) => {
      if (error) return reject(error);
      stream.on('data', (chunk: Buffer) => {
        try {
          onChunk(chunk);
        } catch (refusal) {
          stream.destroy();
          reject(refusal);
        }
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
  });
}

const tooLarge = (unpacked: number) =>
  unreadable('too_large_unpacked', 'The workbook is too large when unpacked', { unpackedMb: Math.ceil(unpacked / 1024 / 1024), maxMb: ARCHIVE_LIMITS.unpackedBytes / 1024 / 1024 });

/**
 * Refuses, before any parsing, a zip that is damaged, an OpenDocument sheet, not a workbook, or
 * one whose parts would unpack too far or hold too many rows or merged cells.
 */
export async function checkWorkbookArchive(bytes: Buffer): Promise<void> {
  if (bytes.includes('application/vnd.oasis.opendocument.spreadsheet')) {
    throw unreadable('ods', 'OpenDocument spreadsheet (.ods): save it as .xlsx first');
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw unreadable('damaged', 'The workbook is damaged (the zip archive is incomplete)');
  }
  try {
    const all = await entries(zip).catch((error: unknown) => {
      throw error instanceof KobleError ? error : unreadable('damaged', 'The workbook is damaged');
    });
    if (!all.some((e) => e.fileName === 'xl/workbook.xml')) throw unreadable('not_xlsx', 'The file is a zip archive but not an Excel workbook (.xlsx)');
    if (all.some((e) => e.isEncrypted())) throw unreadable('encrypted', 'The workbook is protected with a password');
    const declared = all.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > ARCHIVE_LIMITS.unpackedBytes) throw tooLarge(declared);
    for (const entry of all) {
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > ARCHIVE_LIMITS.ratio * Math.max(1, entry.compressedSize)) throw tooLarge(declared);
    }
    for (const entry of all) {
      const scan = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName) ? new SheetScan(entry.fileName) : null;
      await drain(zip, entry, (chunk) => scan?.feed(chunk)).catch((error: unknown) => {
        throw error instanceof KobleError ? error : unreadable('damaged', 'The workbook is damaged (a part does not unpack)');
      });
    }
  } finally {
    zip.close();
  }
}
