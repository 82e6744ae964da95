import { fail, ok, type Cell, type Normalised } from '../types.ts';
import { normaliseDate } from './date.ts';
import { osloYear } from '../../../shared/oslo-day.ts';

/** A year from a year cell (1985, "1985", "f. 1985"), or from any date (Excel serial, dd.mm.yyyy, ISO, date cell). */
export function parseYear(cell: Cell): Normalised<number | null> {
  if (cell == null || cell === '') return ok(null);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) return ok(cell);
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return ok(null);
    const m = /^(?:f\.?\s*|født\s*|ca\.?\s*)?(\d{4})$/i.exec(text);
    if (m) return ok(Number(m[1]));
  }
  const date = normaliseDate(cell);
  if (date.ok && date.value) return ok(Number(date.value.slice(0, 4)));
  return fail('INVALID_YEAR', { value: String(cell instanceof Date ? '' : cell).slice(0, 50) });
}

/** Birth year: people in the programme are between 15 and 100 years old. */
export function normaliseBirthYear(cell: Cell, thisYear = osloYear()): Normalised<number | null> {
  const year = parseYear(cell);
  if (!year.ok || year.value === null) return year.ok ? year : fail('INVALID_BIRTH_YEAR', year.params);
  if (year.value < thisYear - 100 || year.value > thisYear - 15) {
    return fail('IMPOSSIBLE_BIRTH_YEAR', { year: year.value, min: thisYear - 100, max: thisYear - 15 });
  }
  return year;
}

/** Arrival year in Norway: from 1945 to this year. */
export function normaliseArrivalYear(cell: Cell, thisYear = osloYear()): Normalised<number | null> {
  const year = parseYear(cell);
  if (!year.ok || year.value === null) return year.ok ? year : fail('INVALID_ARRIVAL_YEAR', year.params);
  if (year.value < 1945 || year.value > thisYear) return fail('IMPOSSIBLE_ARRIVAL_YEAR', { year: year.value, max: thisYear });
  return year;
}

/** Botid ("3", "3 år", "2,5") as an arrival year: this year minus the whole years. */
export function yearsInNorwayToArrival(cell: Cell, thisYear = osloYear()): Normalised<number | null> {
  if (cell == null || cell === '') return ok(null);
  const text = String(cell).trim().toLowerCase();
  const m = /^(\d{1,2})(?:[.,]\d+)?\s*(?:år|years?|y)?$/.exec(text);
  if (!m) return fail('INVALID_YEARS_IN_NORWAY', { value: text.slice(0, 50) });
  const years = Number(m[1]);
  if (years > 80) return fail('INVALID_YEARS_IN_NORWAY', { value: text.slice(0, 50) });
  return ok(thisYear - years);
}
