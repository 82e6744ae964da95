import type { Analysis } from './analyse.ts';
import { rowIndexes } from './row-names.ts';
import type { Cell, ImportKind, RowProblem } from './types.ts';

/**
 * The rows an import left out (skipInvalid), as they were in the file: the header row's cells and
 * each skipped row's cells, with the problems that kept it out. What "Lagre radene som ble hoppet
 * over" writes to a workbook to fix and import again (skipped-rows-workbook.ts).
 */
export type SkippedRows = {
  kind: ImportKind;
  fileName: string;
  header: Cell[];
  rows: { row: number; cells: Cell[]; problems: RowProblem[] }[];
};

/** A sparse row (exceljs leaves holes) as `width` cells, holes as null. */
function dense(cells: readonly Cell[] | undefined, width: number): Cell[] {
  return Array.from({ length: width }, (_, i) => cells?.[i] ?? null);
}

export function skippedRowsOf(analysis: Pick<Analysis, 'kind' | 'sheet' | 'headerIndex' | 'records' | 'invalidRows' | 'problems'>, fileName: string): SkippedRows {
  const { sheet } = analysis;
  const indexes = rowIndexes(sheet);
  const skipped = analysis.records.filter((record) => analysis.invalidRows.has(record.row)).map((record) => record.row);
  const headerCells = sheet.rows[analysis.headerIndex] ?? [];
  const width = Math.max(headerCells.length, ...skipped.map((row) => sheet.rows[indexes.get(row)!]?.length ?? 0));
  const problemsOf = new Map<number, RowProblem[]>();
  for (const problem of analysis.problems) {
    const list = problemsOf.get(problem.row) ?? [];
    list.push(problem);
    problemsOf.set(problem.row, list);
  }
  return {
    kind: analysis.kind,
    fileName,
    header: dense(headerCells, width),
    rows: skipped.map((row) => ({ row, cells: dense(sheet.rows[indexes.get(row)!], width), problems: problemsOf.get(row) ?? [] })),
  };
}
