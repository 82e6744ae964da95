/**
 * Folding for looking up reference names typed by people: case, diacritics, ø→o, æ→ae, å→a, aa→a,
 * and punctuation/whitespace. "Kåfjord", "kafjord" and "KAAFJORD" fold to the same key.
 */
export function foldName(value: string): string {
  return value
    .toLocaleLowerCase('nb')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replaceAll('aa', 'a')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
