import type { KobleDb } from '../../db/vault/vault.ts';
import { osloToday } from '../calendar/oslo-day.ts';
import { findDuplicates, existingPeople } from './duplicates.ts';
import { checkMapping, mapHeaders, type HeaderColumn, type HeaderMapping } from './header-map.ts';
import { findHeaderRow } from './header-row.ts';
import { isBlankRow, readSpreadsheet } from './read-spreadsheet.ts';
import type { ImportRecord } from './record.ts';
import type { ImportKind, RowProblem, Sheet } from './types.ts';
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
};

/** Maps, normalises and checks every data row of a sheet against the programme's people. */
export function analyseSheet(sheet: Sheet, kind: ImportKind, options: { db: KobleDb; mapping?: HeaderMapping; today?: string }): Analysis {
  checkMapping(options.mapping, kind);
  const today = options.today ?? osloToday();
  const headerIndex = findHeaderRow(sheet, kind, options.mapping);
  const headers = mapHeaders(sheet.rows[headerIndex]!, kind, options.mapping);
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [];
  const validateRow = rowValidator(headers, today);
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    if (isBlankRow(sheet.rows[i]!)) continue;
    const checked = validateRow(sheet, i);
    records.push(checked.record);
    problems.push(...checked.problems);
  }
  problems.push(...findDuplicates(records, existingPeople(options.db, kind), headers));
  problems.sort((a, b) => a.row - b.row);
  return {
    kind,
    sheetName: sheet.sheetName,
    headerRow: sheet.rowNumbers[headerIndex]!,
    headers,
    records,
    invalidRows: new Set(problems.map((p) => p.row)),
    problems,
  };
}

export type AnalyseOptions = { db: KobleDb; mapping?: HeaderMapping; today?: string; readSheet?: (path: string) => Promise<Sheet> };

export async function analyseFile(path: string, kind: ImportKind, options: AnalyseOptions): Promise<Analysis> {
  return analyseSheet(await (options.readSheet ?? readSpreadsheet)(path), kind, options);
}
