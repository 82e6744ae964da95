import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';
import type { OpenVault } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';

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

/** A title usable in a file name: no path or reserved characters, no leading dots, spaces as _. */
export function exportViewFileName(title: string, today: string): string {
  const printable = [...title.normalize('NFC')].filter((ch) => ch.charCodeAt(0) >= 32).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, '').trim().replace(/\s+/g, '_').replace(/^\.+/, '').slice(0, 60) || 'Visning';
  return `${safe}-${today}.xlsx`;
}

/** Writes the view atomically and records that it was made (grid and counts only, no values). */
export async function saveViewExport(vault: OpenVault, input: ExportViewInput, path: string, staffId: string | null): Promise<void> {
  // The workbook writer (exceljs) is loaded here, not when the API starts.
  const { viewWorkbook } = await import('./view-workbook.ts');
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
