import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';
import { exportJson, type PersonExport } from './export-data.ts';

export type ExportFormat = 'xlsx' | 'json';

/**
 * Writes the innsyn file: the one deliberate plaintext copy of personal data (DESIGN.md); the UI
 * says so. Atomic, so a crash leaves no half-written file beside the programme.
 */
export async function writePersonExport(path: string, data: PersonExport, format: ExportFormat): Promise<void> {
  // The workbook writer (exceljs) is loaded on the first .xlsx, not when the API starts.
  const bytes = format === 'xlsx' ? await (await import('./export-xlsx.ts')).personWorkbookBuffer(data) : Buffer.from(exportJson(data), 'utf8');
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, bytes);
}
