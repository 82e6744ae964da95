import type { SqliteDatabase } from '../../db/vault/database.ts';

/**
 * The programme file's schema version as change files carry it: how many migrations it has and
 * the hash of the last. Laptops exchange files only while these are equal (one upgraded Koble
 * refuses the other's files, and they refuse its, until both run the same version).
 */
export function schemaTag(db: SqliteDatabase): string {
  const row = db.prepare('select count(*) as n, (select hash from __drizzle_migrations order by created_at desc, id desc limit 1) as last from __drizzle_migrations').get() as { n: number; last: string | null };
  return `${row.n}:${(row.last ?? '').slice(0, 16)}`;
}
