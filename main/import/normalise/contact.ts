import { fail, ok, type Cell, type Normalised } from '../types.ts';
import { cellText } from './words.ts';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

/** E-post: trimmed, "mailto:" and <…> removed, the domain in lower case. */
export function normaliseEmail(cell: Cell): Normalised<string | null> {
  let text = cellText(cell);
  if (text === '') return ok(null);
  text = text.replace(/^mailto:/i, '').replace(/^.*<([^>]+)>\s*$/, '$1').trim();
  if (!EMAIL.test(text) || text.length > 254 || text.includes('..')) return fail('INVALID_EMAIL', { value: text.slice(0, 80) });
  const at = text.lastIndexOf('@');
  return ok(`${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`);
}

/**
 * Telefon as E.164-like text: "+47 912 34 567", "912 34 567", "0047 91234567", 91234567 (a number
 * cell), "+46 70-123 45 67". Norwegian numbers are 8 digits; others keep their country code.
 */
export function normalisePhone(cell: Cell): Normalised<string | null> {
  let text = typeof cell === 'number' ? String(Math.trunc(cell)) : cellText(cell);
  if (text === '') return ok(null);
  const original = text;
  text = text.replace(/^tel:/i, '').replace(/[\s\-./()\u00a0]/g, '');
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  if (/^\+47\d{8}$/.test(text)) return ok(text);
  if (/^47\d{8}$/.test(text)) return ok(`+${text}`);
  if (/^\d{8}$/.test(text)) return ok(`+47${text}`);
  if (/^\+[1-9]\d{6,14}$/.test(text)) return ok(text);
  return fail('INVALID_PHONE', { value: original.slice(0, 40) });
}
