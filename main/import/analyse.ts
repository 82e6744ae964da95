import type { KobleDb } from '../../db/vault/vault.ts';
import { osloToday } from '../../shared/oslo-day.ts';
import { apiError } from '../../db/errors.ts';
import { findDuplicates, existingPeople } from './duplicates.ts';
import { checkMapping, mapHeaders, type HeaderColumn, type HeaderMapping } from './header-map.ts';
import { isBlankRow } from './read-spreadsheet.ts';
import { readSpreadsheet } from './read-worker/run.ts';
import type { ImportRecord } from './record.ts';
import { chooseSheet } from './sheet-choice.ts';
import { duplicateHeaders, isTotalsRow } from './totals-rows.ts';
import type { ImportKind, ImportNote, RowProblem, Sheet } from './types.ts';
import { rowValidator } from './validate-row.ts';

/** Everything the dry run learns about a file: the mapping, every normalised row and every problem. */
export type Analysis = {
  kind: ImportKind;
  sheetName: string;
  /** The header row's number in the sheet (1-based, as the user sees it). */
  headerRow: number;
  headers: HeaderColumn[];
  records: ImportRecord[];
  /** Sheet row numbers with at least one problem. */
  invalidRows: Set<number>;
  problems: RowProblem[];
  /** what was left out or filled in, though no row is wrong: a Sum row, merged cells, a repeated header, the sheet chosen, UTF-16 without a mark */
  notes: ImportNote[];
  /** the sheet read and its header row's index, for the skipped rows' own file (skipped-rows.ts) */
  sheet: Sheet;
  headerIndex: number;
};

/**
 * Maps, normalises and checks every data row of a sheet against the programme's people. The dry
 * run and the import both come here, so they give the same verdict: a sheet with a header row and
 * no data rows is IMPORT_EMPTY_FILE for both.
 */
export function analyseSheet(read: Sheet, kind: ImportKind, options: { db: KobleDb; mapping?: HeaderMapping; today?: string }): Analysis {
  checkMapping(options.mapping, kind);
  const today = options.today ?? osloToday();
  const { sheet, headerIndex, notes } = chooseSheet(read, kind, options.mapping);
  const headers = mapHeaders(sheet.rows[headerIndex]!, kind, options.mapping);
  const headerRow = sheet.rowNumbers[headerIndex]!;
  for (const repeated of duplicateHeaders(sheet.rows[headerIndex]!, headers)) notes.push({ row: headerRow, code: 'DUPLICATE_HEADER', params: repeated });
  if (read.decodedAs) notes.push({ row: 0, code: 'UTF16_WITHOUT_BOM', params: { encoding: read.decodedAs.toUpperCase() } });
  if (sheet.merges && sheet.merges.length > 0) notes.push({ row: 0, code: 'MERGED_CELLS', params: { ranges: sheet.merges.slice(0, 5).join(', '), count: sheet.merges.length } });
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [];
  const validateRow = rowValidator(headers, today);
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    if (isBlankRow(sheet.rows[i]!)) continue;
    if (isTotalsRow(sheet.rows[i]!)) {
      notes.push({ row: sheet.rowNumbers[i]!, code: 'TOTALS_ROW_SKIPPED', params: {} });
      continue;
    }
    const checked = validateRow(sheet, i);
    records.push(checked.record);
    problems.push(...checked.problems);
  }
  if (records.length === 0) throw apiError('IMPORT_EMPTY_FILE', 'The sheet has a header row but no data rows', { reason: 'no_rows', sheet: sheet.sheetName });
  problems.push(...findDuplicates(records, existingPeople(options.db, kind), headers));
  problems.sort((a, b) => a.row - b.row);
  return {
    kind,
    sheetName: sheet.sheetName,
    headerRow,
    headers,
    records,
    invalidRows: new Set(problems.map((p) => p.row)),
    problems,
    notes,
    sheet,
    headerIndex,
  };
}

export type AnalyseOptions = { db: KobleDb; mapping?: HeaderMapping; today?: string; readSheet?: (path: string) => Promise<Sheet> };

export async function analyseFile(path: string, kind: ImportKind, options: AnalyseOptions): Promise<Analysis> {
  return analyseSheet(await (options.readSheet ?? readSpreadsheet)(path), kind, options);
}
