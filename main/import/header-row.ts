import { apiError } from '../../db/errors.ts';
import { headerText, suggestField, type HeaderMapping } from './header-map.ts';
import { isBlankRow } from './read-spreadsheet.ts';
import type { ImportKind, Sheet } from './types.ts';

/** How far down the header row may be (title rows, blank rows, notes above the table). */
const SEARCH_ROWS = 30;

/**
 * The index (in sheet.rows) of the header row: among the first non-blank rows, the first with the
 * most cells Koble recognises as headers (or that the user mapped), needing at least two, or one
 * when the sheet has a single column. Throws IMPORT_NO_HEADER when no row qualifies.
 */
export function findHeaderRow(sheet: Sheet, kind: ImportKind, mapping?: HeaderMapping): number {
  // Exact header names first; close spellings only when no row has enough exact ones.
  const best = bestHeaderRow(sheet, kind, mapping, false) ?? bestHeaderRow(sheet, kind, mapping, true);
  if (best === null) {
    throw apiError('IMPORT_NO_HEADER', 'No header row found: the first rows name no column Koble knows (e.g. Fornavn, Etternavn, E-post)', {
      searchedRows: SEARCH_ROWS,
    });
  }
  return best;
}

function bestHeaderRow(sheet: Sheet, kind: ImportKind, mapping: HeaderMapping | undefined, fuzzy: boolean): number | null {
  const mapped = new Set(Object.keys(mapping ?? {}).map((h) => h.trim().toLowerCase()));
  let best: number | null = null;
  let bestScore = 0;
  let seen = 0;
  for (let i = 0; i < sheet.rows.length && seen < SEARCH_ROWS; i++) {
    const row = sheet.rows[i]!;
    if (isBlankRow(row)) continue;
    seen++;
    // Distinct fields, so a title merged across the columns counts once.
    const recognised = new Set<string>();
    const filled = new Set(row.map(headerText).filter((h) => h !== '')).size;
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      const header = headerText(cell);
      if (!header) continue;
      if (mapped.has(header.toLowerCase())) recognised.add(`mapped:${header.toLowerCase()}`);
      else {
        const field = suggestField(header, kind, fuzzy);
        if (field) recognised.add(field);
      }
    }
    const needed = filled === 1 ? 1 : 2;
    if (recognised.size >= needed && recognised.size > bestScore) {
      best = i;
      bestScore = recognised.size;
    }
  }
  return best;
}
