import { fail, ok, type Cell, type Normalised } from '../types.ts';
import { visibleText } from '../../reference/visible-text.ts';
import { cellText } from './words.ts';

/** Names, free text: whitespace collapsed (line breaks kept in notes), trimmed, length-capped. Never evaluated. */
export function normaliseText(cell: Cell, max = 200, multiline = false): Normalised<string | null> {
  let text = visibleText(cellText(cell), multiline);
  text = multiline ? text.replace(/[ \t\u00a0]+/g, ' ').replace(/\r\n?/g, '\n').trim() : text.replace(/\s+/g, ' ').trim();
  if (text === '') return ok(null);
  if (text.length > max) return fail('TOO_LONG', { max, length: text.length });
  return ok(text);
}

/** "Navn" split into first and last name: "Etternavn, Fornavn" or "Fornavn Mellomnavn Etternavn" (last word is the last name). */
export function splitFullName(cell: Cell): Normalised<{ firstName: string; lastName: string } | null> {
  const text = normaliseText(cell);
  if (!text.ok || text.value === null) return text.ok ? ok(null) : text;
  const comma = text.value.split(',');
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) return ok({ firstName: comma[1]!.trim(), lastName: comma[0]!.trim() });
  const words = text.value.split(' ');
  if (words.length === 1) return ok({ firstName: words[0]!, lastName: '' });
  return ok({ firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! });
}

/** A whole number within [min, max] ("3", 3, "3 stk", "2,0"). */
export function normaliseInteger(cell: Cell, min: number, max: number, code: string): Normalised<number | null> {
  if (cell == null || cell === '') return ok(null);
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  if (text === '') return ok(null);
  const m = /^(\d{1,4})(?:[.,]0+)?\s*[a-zæøå.]*$/i.exec(text);
  if (!m) return fail(code, { value: text.slice(0, 40), min, max });
  const value = Number(m[1]);
  return value < min || value > max ? fail(code, { value: text.slice(0, 40), min, max }) : ok(value);
}
