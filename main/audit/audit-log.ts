import { desc } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';

export type AuditAction =
  | 'unlock'
  | 'recover'
  | 'join'
  | 'backup'
  | 'create'
  | 'update'
  | 'delete'
  | 'stage_change'
  | 'import'
  | 'export'
  | 'erase'
  | 'passphrase_set'
  | 'passphrase_removed'
  | 'recovery_key_replaced';

/** Records who did what. `details` holds ids, codes and counts only — never names or contact data. */
export function recordAudit(
  db: KobleDb,
  entry: { staffId: string | null; action: AuditAction; entity: string; entityId?: string | null; details?: Record<string, unknown>; at?: string },
): void {
  db.insert(auditLog)
    .values({
      staffId: entry.staffId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      details: entry.details ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .run();
}

export function recentAudit(db: KobleDb, limit = 50) {
  return db.select().from(auditLog).orderBy(desc(auditLog.at)).limit(limit).all();
}
