import nb from '../../resources/locales/nb.json' with { type: 'json' };
import type { ExportPart } from './export-data.ts';

/** The `export` block of the bokmål locale: sheet names and column headings of the innsyn workbook. */
type ExportLocale = { export?: { sheets?: Record<string, string>; columns?: Record<string, string>; field?: string; value?: string } };
const locale = (nb as ExportLocale).export ?? {};

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
export function sheetName(part: ExportPart): string {
  return (locale.sheets?.[part] ?? part).replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

export function columnHeading(column: string): string {
  return locale.columns?.[column] ?? column;
}

export const FIELD_HEADING = locale.field ?? 'Felt';
export const VALUE_HEADING = locale.value ?? 'Verdi';
