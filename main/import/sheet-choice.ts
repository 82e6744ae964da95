import { apiError, KobleError } from '../../db/errors.ts';
import type { HeaderMapping } from './header-map.ts';
import { findHeaderRow } from './header-row.ts';
import type { ImportKind, ImportNote, Sheet } from './types.ts';

/**
 * The sheet to import and its header row: the first sheet with a header row Koble recognises.
 * A workbook whose first sheet is instructions ("Slik fyller du ut…") and whose data is on sheet 2
 * is read from sheet 2, with a note. When no sheet has a header row, IMPORT_NO_HEADER names every
 * sheet it looked at.
 */
export function chooseSheet(sheet: Sheet, kind: ImportKind, mapping?: HeaderMapping): { sheet: Sheet; headerIndex: number; notes: ImportNote[] } {
  const candidates = [sheet, ...(sheet.otherSheets ?? [])];
  for (const candidate of candidates) {
    try {
      const headerIndex = findHeaderRow(candidate, kind, mapping);
      const skipped = candidates.slice(0, candidates.indexOf(candidate)).map((s) => s.sheetName);
      const notes = skipped.length > 0 ? [{ row: 0, code: 'SHEET_CHOSEN', params: { sheet: candidate.sheetName, skipped: skipped.join(', ') } }] : [];
      return { sheet: candidate, headerIndex, notes };
    } catch (error) {
      if (!(error instanceof KobleError) || error.code !== 'IMPORT_NO_HEADER') throw error;
    }
  }
  const sheets = candidates.map((s) => s.sheetName);
  throw apiError('IMPORT_NO_HEADER', `No header row found in ${candidates.length === 1 ? 'the sheet' : `any of the sheets ${sheets.join(', ')}`}`, {
    reason: candidates.length > 1 ? 'no_sheet' : 'no_header',
    sheets: sheets.join(', '),
  });
}
