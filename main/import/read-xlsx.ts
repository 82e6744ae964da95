import ExcelJS from 'exceljs';
import type { Cell, Sheet } from './types.ts';

type CellValue = ExcelJS.CellValue;

/** Dates exceljs reads from date-formatted cells are UTC midnights of the calendar date shown. */
function fromValue(value: CellValue): { cell: Cell } | { problem: 'FORMULA_WITHOUT_RESULT' | 'CELL_ERROR'; detail: string } {
  if (value == null) return { cell: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { cell: value };
  if (typeof value !== 'object') return { cell: String(value) };
  if ('richText' in value) return { cell: value.richText.map((part) => part.text).join('') };
  if ('error' in value) return { problem: 'CELL_ERROR', detail: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    // Never evaluated: the value Excel saved with the formula, or a refusal when it saved none.
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { problem: 'FORMULA_WITHOUT_RESULT', detail: '' };
    if (typeof result === 'object' && !(result instanceof Date)) {
      if ('error' in result) return { problem: 'CELL_ERROR', detail: String((result as { error: unknown }).error) };
      return { problem: 'FORMULA_WITHOUT_RESULT', detail: '' };
    }
    return { cell: result as Cell };
  }
  if ('text' in value) {
    // Hyperlink cells: the shown text (which may itself be rich text).
    const text: unknown = value.text;
    if (typeof text === 'string') return { cell: text };
    if (text && typeof text === 'object' && 'richText' in text) return { cell: (text as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('') };
  }
  return { cell: null };
}

/** Loads an .xlsx workbook (the bytes must be a zip); throws when it is not a workbook. */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** At most this many sheets are offered when the first has no header row. */
const MAX_SHEETS = 20;

/**
 * Every visible worksheet that holds any value (the first 20), as plain rows. Merged cells give
 * every cell of the merge the value of its top-left cell (the archive check has bounded how many).
 * Formulas give the result Excel saved, never evaluated.
 */
export function sheetsFromWorkbook(workbook: ExcelJS.Workbook): Sheet[] {
  const visible = workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden' && ws.actualRowCount > 0);
  return visible.slice(0, MAX_SHEETS).map(sheetFromWorksheet);
}

function sheetFromWorksheet(worksheet: ExcelJS.Worksheet): Sheet {
  const merged = new Map<string, string>(); // "row:col" of a merged cell → "row:col" of its master
  const masters = new Set<string>();
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = worksheet.getCell(from);
    const b = worksheet.getCell(to);
    const top = Number(a.row);
    const left = Number(a.col);
    const bottom = Number(b.row);
    const right = Number(b.col);
    masters.add(`${top}:${left}`);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) merged.set(`${r}:${c}`, `${top}:${left}`);
  }
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  const cellProblems: Sheet['cellProblems'] = new Map();
  const values = new Map<string, Cell>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (merged.size > 0 && merged.has(`${rowNumber}:${col}`)) return; // filled from the master below
      const read = fromValue(cell.value);
      if ('cell' in read) {
        cells[col - 1] = read.cell;
        if (masters.size > 0 && masters.has(`${rowNumber}:${col}`)) values.set(`${rowNumber}:${col}`, read.cell);
      } else {
        cells[col - 1] = null;
        cellProblems.set(`${rows.length}:${col - 1}`, { code: read.problem, params: read.detail ? { error: read.detail } : {} });
      }
    });
    rows.push(cells);
    rowNumbers.push(rowNumber);
  });
  const indexOfRow = new Map(rowNumbers.map((n, i) => [n, i]));
  for (const [at, master] of merged) {
    const [r, c] = at.split(':').map(Number) as [number, number];
    const index = indexOfRow.get(r);
    if (index === undefined) continue;
    rows[index]![c - 1] = values.get(master) ?? null;
  }
  for (const row of rows) for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
  return { sheetName: worksheet.name, rows, rowNumbers, cellProblems, merges };
}
