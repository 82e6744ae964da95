import anyAscii from 'any-ascii';

/**
 * Folds names for the participants/mentors/guests `search_text` column: lower case, ø→o, æ→ae,
 * å→a (also aa→a), any script transliterated to Latin (Олена → olena), punctuation to spaces.
 * The original script is kept as well so a search typed in Cyrillic still matches.
 * TODO(people): replace with the people area's normaliser once it exists, so both agree.
 */
export function searchTextOf(...parts: (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    const lower = part.toLocaleLowerCase('nb');
    const latin = anyAscii(lower.replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'a'))
      .toLowerCase()
      .replaceAll('aa', 'a')
      .replace(/[^a-z0-9@.]+/g, ' ')
      .trim();
    if (latin) words.add(latin);
    if (/[^\p{Script=Latin}\p{N}\p{P}\s]/u.test(lower)) words.add(lower);
  }
  return [...words].join(' ');
}
