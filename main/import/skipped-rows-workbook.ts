import { mkdirSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';
import { safeCellText } from './formula-safe.ts';
import { problemText } from './problem-text.ts';
import type { SkippedRows } from './skipped-rows.ts';
import type { Cell } from './types.ts';

export type Language = 'nb' | 'en';

type Texts = { reasonColumn: string; sheetName: string; fileSuffix: string };
const texts = (language: Language): Texts => (language === 'en' ? en : nb).importReview.skippedFile;

/** "deltakere høst.csv" → "deltakere høst – hoppet over.xlsx": the suggested name in the save dialog. */
export function skippedRowsFileName(fileName: string, language: Language): string {
  const stem = basename(fileName, extname(fileName)).replace(/[\\/:*?"<>|]+/g, '').trim() || 'import';
  return `${stem} – ${texts(language).fileSuffix}.xlsx`;
}

/** Why a row was skipped, one problem a line: "E-post: «x» er ikke en gyldig e-postadresse." */
export function skippedReason(problems: SkippedRows['rows'][number]['problems'], language: Language): string {
  return problems.map((problem) => (problem.column ? `${problem.column}: ${problemText(problem, language)}` : problemText(problem, language))).join('\n');
}

/** Text goes out formula-safe; numbers, dates and booleans as they were read. */
function outCell(cell: Cell): Cell {
  return typeof cell === 'string' ? safeCellText(cell) || null : cell;
}

/**
 * Writes the skipped rows as an .xlsx to fix and import again: the file's own header row with a
 * last column "Hvorfor hoppet over", then each skipped row's original cells and its reasons. The
 * header texts are the file's, so the wizard maps the fixed file as it mapped the first. Written
 * atomically, owner-only (0600), like every export: the file holds personal data in plaintext.
 */
export async function writeSkippedRows(skipped: SkippedRows, path: string, language: Language): Promise<number> {
  // exceljs is loaded only when such a file is written.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koble';
  const sheet = workbook.addWorksheet(texts(language).sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = skipped.header.length;
  sheet.addRow([...skipped.header.map(outCell), texts(language).reasonColumn]);
  sheet.getRow(1).font = { bold: true };
  for (const row of skipped.rows) sheet.addRow([...row.cells.map(outCell), skippedReason(row.problems, language)]);
  const reasons = sheet.getColumn(width + 1);
  reasons.width = 60;
  reasons.alignment = { wrapText: true, vertical: 'top' };
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return skipped.rows.length;
}
