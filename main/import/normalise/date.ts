import { fail, ok, type Cell, type Normalised } from '../types.ts';
import { osloYear } from '../../../shared/oslo-day.ts';

/** Excel's day 0 is 1899-12-30 for serials after its phantom 29 February 1900 (serial 60). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
export const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, feb: 2, februar: 2, february: 2, mar: 3, mars: 3, march: 3, apr: 4, april: 4,
  mai: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10, nov: 11, november: 11, des: 12, dec: 12, desember: 12, december: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a real calendar date, or null (31.02, month 13, year 0). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** An Excel serial day number (1900 date system) as 'YYYY-MM-DD'; time of day is dropped. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  const days = Math.floor(serial);
  if (days === 60) return null; // 29.02.1900 never existed
  const date = new Date(EXCEL_EPOCH + (days < 60 ? days + 1 : days) * DAY);
  return date.toISOString().slice(0, 10);
}

/** The Excel serial of a 'YYYY-MM-DD' date (for tests and exports). */
export function isoToSerial(iso: string): number {
  const days = Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / DAY);
  return days <= 60 ? days - 1 : days;
}

/** A two-digit year: 00 up to this year's two digits is 20xx, later is 19xx. */
export function expandYear(twoDigits: number, thisYear = osloYear()): number {
  return twoDigits <= thisYear % 100 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Dates written as text: ISO, dd.mm.yyyy, d.m.yy, dd/mm/yyyy, dd-mm-yyyy, yyyy.mm.dd, "3. mars 2024", "March 3, 2024". */
export function parseDateText(text: string): string | null {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})(?:\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(t);
  if (m) {
    const year = m[3]!.length === 2 ? expandYear(Number(m[3])) : Number(m[3]);
    return isoDate(year, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[2]!]) return isoDate(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!]) return isoDate(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  return null;
}

/** A JavaScript Date from a date-formatted cell: its UTC calendar day (exceljs reads dates as UTC). */
export function dateToIso(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Any date cell as 'YYYY-MM-DD': a date cell, an Excel serial (number or digits), or text. */
export function normaliseDate(cell: Cell): Normalised<string | null> {
  if (cell == null || cell === '') return ok(null);
  if (cell instanceof Date) {
    const iso = dateToIso(cell);
    return iso ? ok(iso) : fail('INVALID_DATE', { value: '' });
  }
  if (typeof cell === 'number') {
    const iso = serialToIso(cell);
    return iso ? ok(iso) : fail('INVALID_DATE', { value: String(cell) });
  }
  const text = String(cell).trim();
  if (text === '') return ok(null);
  if (/^\d{5}(?:[.,]\d+)?$/.test(text)) {
    const iso = serialToIso(Number(text.replace(',', '.')));
    if (iso) return ok(iso);
  }
  const iso = parseDateText(text);
  return iso ? ok(iso) : fail('INVALID_DATE', { value: text.slice(0, 50) });
}

/** 'YYYY-MM-DD' as the Norwegian UI writes it, dd.mm.yyyy. */
export function formatNorwegianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
