import { headerText, type HeaderColumn } from './header-map.ts';
import type { Cell } from './types.ts';

/** Words that open a totals row at the bottom of a list ("Sum", "Totalt", "I alt", "Antall"). */
const TOTALS = /^(sum|summ?er|totalt?|total|i alt|antall|sum totalt|grand total)\s*:?$/i;

/**
 * True for a totals row: its first filled cell is "Sum", "Totalt", "I alt" or "Antall", and no
 * cell of the row holds an e-mail address or a phone-like value (a person called Total is kept).
 */
export function isTotalsRow(row: readonly Cell[]): boolean {
  const first = row.find((cell) => headerText(cell) !== '');
  if (first === undefined || !TOTALS.test(headerText(first))) return false;
  return !row.some((cell) => typeof cell === 'string' && (cell.includes('@') || /\d{5,}/.test(cell.replace(/\s/g, ''))));
}

/** Headers that name the same field twice, or the same text twice: the second column is left out. */
export function duplicateHeaders(cells: readonly Cell[], columns: readonly HeaderColumn[]): { header: string; columns: string }[] {
  const seen = new Map<string, number[]>();
  cells.forEach((cell, column) => {
    const key = headerText(cell).toLocaleLowerCase('nb');
    if (key) seen.set(key, [...(seen.get(key) ?? []), column]);
  });
  const byField = new Map<string, number[]>();
  for (const c of columns) if (c.suggested) byField.set(c.suggested, [...(byField.get(c.suggested) ?? []), c.column]);
  const repeated = [...seen.values(), ...byField.values()].filter((cols) => cols.length > 1);
  const unique = new Map(repeated.map((cols) => [cols.join(','), cols]));
  return [...unique.values()].map((cols) => ({ header: headerText(cells[cols[0]!] ?? null), columns: cols.map(columnLetter).join(', ') }));
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
