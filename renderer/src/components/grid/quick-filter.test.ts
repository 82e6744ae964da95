import { describe, expect, it } from 'vitest';
import { foldedQuickFilterMatcher, foldedQuickFilterParser } from './quick-filter.ts';

function passes(query: string, rowText: string): boolean {
  return foldedQuickFilterMatcher(foldedQuickFilterParser(query), rowText);
}

describe('the grid quick filter folds as the header search does', () => {
  it.each([
    ['bjorn', 'Bjørn Hansen\nRegistrert'],
    ['oystein', 'Øystein Dahl'],
    ['asa', 'Åsa Berg'],
    ['aasen', 'Kari Åsen'],
    ['jose', 'José García'],
    ['olena', 'Олена Коваль'],
    ['BJØRN hans', 'Bjørn Hansen'],
  ])('"%s" finds %s', (query, row) => {
    expect(passes(query, row)).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(passes('bjorn dahl', 'Bjørn Hansen')).toBe(false);
    expect(passes('oystein', 'Bjørn Hansen')).toBe(false);
  });

  it('lets every row through for an empty or punctuation-only query', () => {
    expect(passes('', 'Bjørn')).toBe(true);
    expect(passes(' - ', 'Bjørn')).toBe(true);
  });
});
