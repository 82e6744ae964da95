/**
 * The grids' quick filter ("Søk i listen") folds text as the header search does (main/search/fold.ts):
 * "bjorn" finds Bjørn, "oystein" Øystein, "asa" Åsa, "olena" Олена. The query is split into folded
 * words; a row passes when every word occurs in the row's folded text.
 */
import type { QuickFilterMatcher, QuickFilterParser } from 'ag-grid-community';
import { foldForSearch } from '../../../../main/search/fold.ts';

const CACHE_LIMIT = 50_000;
const folded = new Map<string, string>();

/** A row's quick filter text, folded once (the grid keeps that text per row with cacheQuickFilter). */
function foldedRowText(text: string): string {
  let value = folded.get(text);
  if (value === undefined) {
    if (folded.size >= CACHE_LIMIT) folded.clear();
    value = foldForSearch(text);
    folded.set(text, value);
  }
  return value;
}

export const foldedQuickFilterParser: QuickFilterParser = (query) => foldForSearch(query).split(' ').filter(Boolean);

export const foldedQuickFilterMatcher: QuickFilterMatcher = (words, rowText) => {
  if (words.length === 0) return true;
  const text = foldedRowText(rowText);
  return words.every((word) => text.includes(word));
};
