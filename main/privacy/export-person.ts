import { recordAudit } from '../audit/audit-log.ts';
import type { OpenVault } from '../../db/vault/vault.ts';
import { buildPersonExport, exportFileName, type PersonExport } from './export-data.ts';
import { writePersonExport, type ExportFormat } from './export-writer.ts';
import { findLivingPerson } from './person.ts';
import { readPersonSnapshot } from './person-snapshot.ts';

/** Reads everything about the person in one read transaction and shapes it for innsyn. */
export function personExportData(vault: OpenVault, personId: string, today: string): PersonExport {
  return vault.db.transaction(() => buildPersonExport(readPersonSnapshot(vault.db, findLivingPerson(vault.db, personId)), today), { behavior: 'deferred' });
}

export function suggestedExportName(data: PersonExport, format: ExportFormat): string {
  return exportFileName(data.lastName, data.generatedOn, format);
}

/** Writes the export and records that it was made (format only, no values). */
export async function savePersonExport(vault: OpenVault, data: PersonExport, path: string, format: ExportFormat, staffId: string | null): Promise<void> {
  await writePersonExport(path, data, format);
  recordAudit(vault.db, { staffId, action: 'export', entity: data.personKind === 'participant' ? 'participants' : 'mentors', entityId: data.personId, details: { format } });
}
