/**
 * Spreadsheet formula injection (CSV/Excel injection). Import stores such text as it is and never
 * evaluates it; every export writes text through `safeCellText`, so a cell that a spreadsheet
 * program would take for a formula (= + - @, or a leading tab or carriage return) is shown as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A signed number written with spaces, dots or commas ("+47 912 34 567", "-5", "+46 8 123 45"):
 * a spreadsheet reads it as a number at most, never as a call, so it is left as written — a
 * phone number in an export must not gain an apostrophe.
 */
const SIGNED_NUMBER = /^[+-][\d][\d .,]*$/;

/** True when a spreadsheet program could take this text for a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text);
}

/**
 * The text to write into an exported cell (.xlsx or .csv): formula-like text gets a leading
 * apostrophe, the convention Excel and LibreOffice show as "this is text" (OWASP CSV injection).
 * Numbers are not text: write them as numbers, not through this function.
 */
export function safeCellText(value: string | null | undefined): string {
  if (value == null) return '';
  return looksLikeFormula(value) ? `'${value}` : value;
}
