import { auditLog } from '../../db/schema/index.ts';
import type { RunResult } from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from '../../db/schema/index.ts';

/** A drizzle database or a transaction on it. */
export type DbWriter = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

type Entry = { staffId: string | null; action: 'create' | 'update'; entity: string; entityId: string; details: Record<string, unknown> };

/**
 * Writes many audit entries in a few statements (bulk stage moves, one entry per changed field).
 * `details` holds field names, codes and counts, never values. Call inside the write's transaction.
 */
export function recordAuditEntries(db: DbWriter, entries: readonly Entry[]): void {
  const at = new Date().toISOString();
  for (let i = 0; i < entries.length; i += 500) {
    const chunk = entries.slice(i, i + 500).map((e) => ({ ...e, at }));
    if (chunk.length > 0) db.insert(auditLog).values(chunk).run();
  }
}

/** One audit entry per changed field name, so the person's history shows what was touched. */
export function fieldAuditEntries(staffId: string | null, entity: string, entityId: string, fields: readonly string[]): Entry[] {
  return fields.map((field) => ({ staffId, action: 'update' as const, entity, entityId, details: { fields: [field] } }));
}
