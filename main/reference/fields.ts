import fieldsJson from '../../resources/fields.json' with { type: 'json' };
import { foldName } from './fold.ts';

/** Fagfelt, as the national programmes list them (DESIGN.md). `code` is what the database stores. */
export type Field = { readonly code: string; readonly name: string; readonly nameEn: string };

export const FIELDS: readonly Field[] = fieldsJson;
export const FIELD_CODES: readonly string[] = FIELDS.map((f) => f.code);
/** The catch-all field "Andre". */
export const OTHER_FIELD = 'other';

const byCode = new Map(FIELDS.map((f) => [f.code, f]));
const byName = new Map(FIELDS.flatMap((f) => [[foldName(f.name), f] as const, [foldName(f.nameEn), f] as const]));

export function fieldByCode(code: string): Field | undefined {
  return byCode.get(code);
}

/** Norwegian (or English) name of a field code; the code itself when unknown (an office value). */
export function fieldName(code: string, language: 'nb' | 'en' = 'nb'): string {
  const field = byCode.get(code);
  if (!field) return code;
  return language === 'en' ? field.nameEn : field.name;
}

/** Finds a field by its Norwegian or English name, folded, or by its code. */
export function fieldByName(value: string): Field | undefined {
  return byCode.get(value.trim()) ?? byName.get(foldName(value));
}
