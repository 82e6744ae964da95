import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';
import type { OpenVault } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { safeCellText } from '../import/formula-safe.ts';

/**
 * "Eksporter visning": the grid as the user sees it (displayed columns in order, rows after
 * filter and sort, values formatted as shown) written to .xlsx. Like innsyn, the file is a
 * deliberate plaintext copy outside the encrypted programme; the UI says so.
 */
export const GRIDS = ['participants', 'mentors'] as const;
export const MAX_EXPORT_COLUMNS = 60;
export const MAX_EXPORT_ROWS = 50_000;

const cell = z.union([z.string().max(10_000), z.number().finite(), z.null()]);

export const exportViewSchema = z.object({
  grid: z.enum(GRIDS),
  title: z.string().trim().min(1).max(100),
  columns: z
    .array(z.object({ header: z.string().max(200), key: z.string().min(1).max(100) }))
    .min(1)
    .max(MAX_EXPORT_COLUMNS)
    .refine((columns) => new Set(columns.map((c) => c.key)).size === columns.length, 'column keys must be unique'),
  rows: z.array(z.record(z.string().max(100), cell)).max(MAX_EXPORT_ROWS),
});
export type ExportViewInput = z.infer<typeof exportViewSchema>;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows looked at to size the columns; enough for a good guess without walking 50,000 rows. */
const WIDTH_SAMPLE = 500;

/** A title usable in a file name: no path or reserved characters, no leading dots, spaces as _. */
export function exportViewFileName(title: string, today: string): string {
  const printable = [...title.normalize('NFC')].filter((ch) => ch.charCodeAt(0) >= 32).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, '').trim().replace(/\s+/g, '_').replace(/^\.+/, '').slice(0, 60) || 'Visning';
  return `${safe}-${today}.xlsx`;
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Visning';
}

function cellValue(value: string | number | null | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return value === '' ? null : safeCellText(value);
}

function textWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Math.max(...String(value).split('\n').map((line) => line.length));
}

/** The workbook: one sheet, bold and frozen header row, autofilter, numbers as numbers, text formula-safe. */
export function viewWorkbook(input: Pick<ExportViewInput, 'title' | 'columns' | 'rows'>, created = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koble';
  workbook.created = created;
  const sheet = workbook.addWorksheet(sheetName(input.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  const sample = input.rows.slice(0, WIDTH_SAMPLE);
  sheet.columns = input.columns.map((column) => ({
    key: column.key,
    header: safeCellText(column.header),
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, textWidth(column.header) + 3, ...sample.map((row) => textWidth(row[column.key]) + 2))),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of input.rows) sheet.addRow(input.columns.map((column) => cellValue(row[column.key])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: input.columns.length } };
  return workbook;
}

/** Writes the view atomically and records that it was made (grid and counts only, no values). */
export async function saveViewExport(vault: OpenVault, input: ExportViewInput, path: string, staffId: string | null): Promise<void> {
  const bytes = Buffer.from(await viewWorkbook(input).xlsx.writeBuffer());
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, bytes);
  recordAudit(vault.db, {
    staffId,
    action: 'export',
    entity: input.grid,
    details: { kind: 'grid_view', format: 'xlsx', rows: input.rows.length, columns: input.columns.length },
  });
}
