import { foldName } from '../../reference/fold.ts';
import { fail, ok, type Cell, type Normalised } from '../types.ts';

/** Text of a cell for word lookups ('' for empty); dates and booleans are not words. */
export function cellText(cell: Cell): string {
  if (cell == null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Builds a normaliser from a table of words (folded) to values; empty cells give `empty`. */
export function wordTable<T extends string>(code: string, table: Record<T, readonly string[]>, empty: T | null = null) {
  const byWord = new Map<string, T>();
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) for (const word of words) byWord.set(foldName(word), value);
  return (cell: Cell): Normalised<T | null> => {
    const text = cellText(cell);
    if (text === '') return ok(empty);
    const hit = byWord.get(foldName(text));
    return hit === undefined ? fail(code, { value: text.slice(0, 50) }) : ok(hit);
  };
}
