/**
 * Text as people see it, for names and other short free text: NFC-normalised, without the
 * invisible characters that change what is shown or matched — bidi controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E/F, U+061C: "Ali‮gpj.exe" shows as "Aliexe.jpg"), zero-width spaces,
 * word joiners, byte-order marks, soft hyphens and other format and control characters. Line
 * breaks and tabs are kept where `multiline` asks for them. The zero-width (non-)joiners
 * U+200C/U+200D stay: Persian and Indic names need them between letters.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const JOINERS = new Set(['\u200c', '\u200d']);

export function visibleText(text: string, multiline = false): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, (ch) => (JOINERS.has(ch) || (multiline && (ch === '\n' || ch === '\r' || ch === '\t')) ? ch : ''));
}
