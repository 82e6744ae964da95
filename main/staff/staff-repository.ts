import { asc, eq } from 'drizzle-orm';
import { staff } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';

export type StaffMember = { id: string; name: string; active: boolean };

export function listStaff(db: KobleDb): StaffMember[] {
  return db
    .select({ id: staff.id, name: staff.name, active: staff.active })
    .from(staff)
    .orderBy(asc(staff.createdAt))
    .all();
}

export function getStaff(db: KobleDb, id: string): StaffMember {
  const row = db.select({ id: staff.id, name: staff.name, active: staff.active }).from(staff).where(eq(staff.id, id)).get();
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such staff member');
  return row;
}

export function insertStaff(db: KobleDb, name: string): string {
  const id = crypto.randomUUID();
  db.insert(staff).values({ id, name }).run();
  return id;
}

/** Staff who leave keep their row (their name stays on what they did) but lose their passphrase. */
export function deactivateStaff(db: KobleDb, id: string): void {
  const result = db.update(staff).set({ active: false }).where(eq(staff.id, id)).run();
  if (result.changes !== 1) throw new KobleError('API_NOT_FOUND', 'No such staff member');
}
