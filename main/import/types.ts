/** What the spreadsheet import works with. */

/** One cell as read from a sheet: text, a number (Excel serials included), a date, a boolean, or empty. */
export type Cell = string | number | boolean | Date | null;

export type ImportKind = 'participants' | 'mentors';

/** A sheet as plain rows; `rowNumbers[i]` is the row number the user sees in Excel or the CSV line (1-based). */
export type Sheet = {
  sheetName: string;
  rows: Cell[][];
  rowNumbers: number[];
  /** Cells that cannot be taken as values (a formula without a cached result, an error such as #REF!), by "row:column index". */
  cellProblems: Map<string, { code: 'FORMULA_WITHOUT_RESULT' | 'CELL_ERROR'; params: Record<string, string | number> }>;
  /** merged ranges of a workbook sheet ("B3:B5"), filled from their top-left cell */
  merges?: string[];
  /** a CSV in UTF-16 without a byte-order mark, decoded as such (a note tells the user) */
  decodedAs?: 'utf-16le' | 'utf-16be';
  /** the workbook's other visible sheets with values, tried in turn when this one has no header row */
  otherSheets?: Sheet[];
};

/** Something the import did that the user should know, though the row is not wrong (a Sum row left out, merged cells filled). */
export type ImportNote = { row: number; code: string; params: Record<string, string | number> };

/** A problem with one row, as the dry run lists it. `row` is the sheet row number; `column` the header text ('' for the whole row). */
export type RowProblem = {
  row: number;
  column: string;
  code: string;
  params: Record<string, string | number>;
  suggestion?: string;
};

/** The answer of a value normaliser. */
export type Normalised<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number>; suggestion?: string };

export const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
export const fail = (code: string, params: Record<string, string | number> = {}, suggestion?: string): Normalised<never> =>
  suggestion === undefined ? { ok: false, code, params } : { ok: false, code, params, suggestion };
