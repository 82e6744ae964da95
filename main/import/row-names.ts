import { visibleText } from '../reference/visible-text.ts';
import type { Analysis } from './analyse.ts';
import { cellText } from './normalise/words.ts';
import type { RowProblem } from './types.ts';

/** A problem with the person of its row, for the wizard's problem table; `name` is '' when the row names nobody. */
export type NamedProblem = RowProblem & { name: string };

/** Longest name shown for a row whose name cell is itself the problem (too long). */
const MAX_RAW_NAME = 60;

/** Sheet row number → index in `sheet.rows`. */
export function rowIndexes(sheet: Analysis['sheet']): Map<number, number> {
  return new Map(sheet.rowNumbers.map((row, index) => [row, index]));
}

/**
 * The person of each problem row: the first and last name read from the file (normalised, as
 * they would be stored), or, when a name cell is itself wrong (too long), what the name columns
 * hold, shortened and with invisible characters removed.
 */
export function nameProblems(problems: readonly RowProblem[], analysis: Pick<Analysis, 'records' | 'headers' | 'sheet'>): NamedProblem[] {
  const records = new Map(analysis.records.map((record) => [record.row, record]));
  const nameHeaders = analysis.headers.filter((h) => h.field === 'firstName' || h.field === 'lastName' || h.field === 'fullName');
  const nameColumns = new Set(nameHeaders.map((h) => h.header));
  const wrongName = new Set(problems.filter((p) => p.code !== 'MISSING_NAME' && nameColumns.has(p.column)).map((p) => p.row));
  let indexes: Map<number, number> | null = null;
  const raw = (row: number): string => {
    indexes ??= rowIndexes(analysis.sheet);
    const cells = analysis.sheet.rows[indexes.get(row) ?? -1] ?? [];
    const text = visibleText(nameHeaders.map((h) => cellText(cells[h.column] ?? null)).join(' ')).replace(/\s+/g, ' ').trim();
    return text.length > MAX_RAW_NAME ? `${text.slice(0, MAX_RAW_NAME - 1)}…` : text;
  };
  return problems.map((problem) => {
    const record = records.get(problem.row);
    const name = record && !wrongName.has(problem.row) ? `${record.firstName} ${record.lastName}`.trim() : raw(problem.row);
    return { ...problem, name };
  });
}
