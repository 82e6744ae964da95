import { format, isValid, parse } from 'date-fns';

/**
 * Dates and times as a coordinator types them, dd.mm.åååå and tt:mm (24 h), in every language
 * of the UI (Koble is a Norwegian office tool), and as the API stores them, 'YYYY-MM-DD' and 'HH:mm'.
 * Pure: no clock, no time zone (a typed date is a calendar day, a typed time a wall-clock time).
 */
export type TypedValue = { kind: 'empty' } | { kind: 'ok'; value: string } | { kind: 'format' } | { kind: 'impossible' };

const REFERENCE = new Date(2000, 0, 1);
const DATE_TEXT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIME_TEXT = /^(\d{1,2})[:.](\d{2})$|^(\d{2})(\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^(\d{2}):(\d{2})(:\d{2})?$/;

/** '1.2.2026' and '01.02.2026' → '2026-02-01'; '30.02.2026' is impossible; a two-digit year or another order is the wrong format. */
export function parseDateText(text: string): TypedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (!DATE_TEXT.test(trimmed)) return { kind: 'format' };
  const date = parse(trimmed, 'd.M.yyyy', REFERENCE);
  return isValid(date) ? { kind: 'ok', value: format(date, 'yyyy-MM-dd') } : { kind: 'impossible' };
}

/** '2026-02-01' → '01.02.2026'; anything that is not an ISO calendar day → ''. */
export function formatDateText(iso: string | null | undefined): string {
  if (!iso || !ISO_DATE.test(iso)) return '';
  const date = parse(iso, 'yyyy-MM-dd', REFERENCE);
  return isValid(date) ? format(date, 'dd.MM.yyyy') : '';
}

/** '18:30', '8:05', '18.30' and '1830' → '18:30' / '08:05'; '24:00' and '18:60' are impossible. */
export function parseTimeText(text: string): TypedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = TIME_TEXT.exec(trimmed);
  if (!match) return { kind: 'format' };
  const [hours, minutes] = match[1] !== undefined ? [match[1], match[2]!] : [match[3]!, match[4]!];
  const time = parse(`${hours}:${minutes}`, 'H:mm', REFERENCE);
  return isValid(time) ? { kind: 'ok', value: format(time, 'HH:mm') } : { kind: 'impossible' };
}

/** '18:30' (or '18:30:00') → '18:30'; anything else → ''. */
export function formatTimeText(value: string | null | undefined): string {
  const match = value ? ISO_TIME.exec(value) : null;
  if (!match) return '';
  const time = parse(`${match[1]}:${match[2]}`, 'HH:mm', REFERENCE);
  return isValid(time) ? format(time, 'HH:mm') : '';
}
