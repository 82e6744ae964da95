import { foldName } from '../reference/fold.ts';
import { apiError } from '../../db/errors.ts';
import { closest } from './closest.ts';
import { fieldsFor } from './fields.ts';
import type { Cell, ImportKind } from './types.ts';

/** A column of the sheet: its header, the field it is imported into (null: not imported) and the field Koble recognised. */
export type HeaderColumn = { column: number; header: string; field: string | null; suggested: string | null };

/** The user's choice per header text: a field name, or '' to leave the column out. */
export type HeaderMapping = Record<string, string>;

function headerKey(header: string): string {
  // "Kjønn (K/M)", "E-post*", "Fødselsår:" → the words that name the column
  return foldName(header.replace(/\([^)]*\)/g, ' ').replace(/[*:]/g, ' '));
}

const indexes = new Map<ImportKind, { exact: Map<string, string>; all: [string, string][] }>();
function indexFor(kind: ImportKind) {
  let index = indexes.get(kind);
  if (!index) {
    const exact = new Map<string, string>();
    for (const field of fieldsFor(kind)) for (const synonym of field.synonyms) if (!exact.has(synonym)) exact.set(synonym, field.field);
    index = { exact, all: [...exact] };
    indexes.set(kind, index);
  }
  return index;
}

/** The field Koble recognises in a header (exact synonym, else — when `fuzzy` — a close spelling), or null. */
export function suggestField(header: string, kind: ImportKind, fuzzy = true): string | null {
  const key = headerKey(header);
  if (!key) return null;
  const { exact, all } = indexFor(kind);
  const hit = exact.get(key);
  if (hit || !fuzzy) return hit ?? null;
  return key.length >= 5 && key.length <= 40 ? (closest(key, all.filter(([name]) => name.length >= 5)) ?? null) : null;
}

export function headerText(cell: Cell): string {
  if (cell == null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, ' ').trim();
}

function mappedField(mapping: HeaderMapping | undefined, header: string): string | undefined {
  if (!mapping) return undefined;
  if (Object.hasOwn(mapping, header)) return mapping[header];
  const key = foldName(header);
  for (const [name, field] of Object.entries(mapping)) if (foldName(name) === key) return field;
  return undefined;
}

/** Checks that a mapping names only fields of this kind. */
export function checkMapping(mapping: HeaderMapping | undefined, kind: ImportKind): void {
  if (!mapping) return;
  const known = new Set(fieldsFor(kind).map((f) => f.field));
  const bad = Object.entries(mapping).filter(([, field]) => field !== '' && !known.has(field));
  if (bad.length > 0) {
    throw apiError('IMPORT_BAD_MAPPING', `Unknown field in the mapping: ${bad.map(([, field]) => field).join(', ')}`, {
      fields: bad.map(([header, field]) => ({ header, field })),
      known: [...known],
    });
  }
}

/**
 * Maps each header to a field: the user's mapping first, else the recognised field. A field
 * claimed by two columns keeps the first (the user can map the other by hand).
 */
export function mapHeaders(cells: readonly Cell[], kind: ImportKind, mapping?: HeaderMapping): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  const taken = new Set<string>();
  cells.forEach((cell, column) => {
    const header = headerText(cell);
    if (!header) return;
    const suggested = suggestField(header, kind);
    const chosen = mappedField(mapping, header);
    let field = chosen === undefined ? suggested : chosen === '' ? null : chosen;
    if (field && taken.has(field) && chosen === undefined) field = null;
    if (field) taken.add(field);
    columns.push({ column, header, field, suggested });
  });
  return columns;
}
