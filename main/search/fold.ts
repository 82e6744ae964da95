import anyAscii from 'any-ascii';

/**
 * Folds text for search as you type: lower case, Norwegian letters (ø→o, æ→ae, å→a, and the old
 * spelling aa→a, so "Aasen" = "Åsen"), other diacritics dropped, and any script transliterated to
 * Latin (Олена → olena, ዮሐንስ → yohanis, محمد → mhmd). Punctuation becomes one space. The result
 * holds only a–z, 0–9 and single spaces, and folding it again changes nothing.
 */
export function foldForSearch(value: string): string {
  const norwegian = value
    .toLocaleLowerCase('nb')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a');
  return anyAscii(norwegian)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/a{2,}/g, 'a')
    .trim();
}

/**
 * The `search_text` column of participants and mentors: the folded words of the given parts
 * (first and last name), each word once, joined by single spaces.
 */
export function searchTextOf(...parts: (string | null | undefined)[]): string {
  const words: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const word of foldForSearch(part).split(' ')) {
      if (word && !words.includes(word)) words.push(word);
    }
  }
  return words.join(' ');
}

/** The words of a search query, folded as the column is; empty when there is nothing to search for. */
export function queryWords(query: string): string[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, 8);
}
