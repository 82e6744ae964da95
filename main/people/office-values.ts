import { and, count, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { mentors, organisations, participants, referenceValues } from '../../db/schema/index.ts';
import { KobleError } from '../../db/errors.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { fieldByName, FIELD_CODES } from '../reference/fields.ts';
import { foldName } from '../reference/fold.ts';

/**
 * An office's own values beside the shipped lists (reference_values). Today: fagfelt. Each may be
 * reported as a shipped field (`mapsTo`), so funder reports still count it under the standard list.
 */
export const OFFICE_VALUE_KINDS = ['field'] as const;
const ENTITY = 'reference_values';

export const officeValueAddSchema = z.object({
  kind: z.enum(OFFICE_VALUE_KINDS),
  label: z.string().trim().min(1).max(100),
  mapsTo: z.enum(FIELD_CODES as [string, ...string[]]).nullable().optional(),
});
export const officeValueRemoveSchema = z.object({ kind: z.enum(OFFICE_VALUE_KINDS), code: z.string().min(1).max(100) });

/** A stable code from the label: office_ + folded words joined by _ (e.g. "Sykepleie" → office_sykepleie). */
function codeFor(label: string, taken: ReadonlySet<string>): string {
  const base = `office_${foldName(label).replace(/\s+/g, '_').slice(0, 60) || 'value'}`;
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
  return code;
}

/**
 * Adds an office value. REFERENCE_VALUE_EXISTS when the label (folded: case, diacritics, ø/æ/å)
 * is already a shipped field or one of the office's own; a removed-then-re-added value comes back
 * under its old code.
 */
export function addOfficeValue(db: KobleDb, input: z.infer<typeof officeValueAddSchema>, staffId: string | null): { code: string; label: string } {
  return db.transaction(() => {
    const label = input.label.replace(/\s+/g, ' ');
    const folded = foldName(label);
    const shipped = fieldByName(label);
    if (shipped) throw new KobleError('REFERENCE_VALUE_EXISTS', 'The list already has this value', { code: shipped.code, shipped: true });
    const existing = db.select().from(referenceValues).where(eq(referenceValues.kind, input.kind)).all();
    const same = existing.find((row) => foldName(row.label) === folded);
    if (same?.active) throw new KobleError('REFERENCE_VALUE_EXISTS', 'The list already has this value', { code: same.code, shipped: false });
    if (same) {
      db.update(referenceValues).set({ active: true, label, mapsTo: input.mapsTo ?? null }).where(eq(referenceValues.id, same.id)).run();
      recordAudit(db, { staffId, action: 'update', entity: ENTITY, entityId: same.id, details: { kind: input.kind, fields: ['active', 'label', 'mapsTo'] } });
      return { code: same.code, label };
    }
    const code = codeFor(label, new Set(existing.map((row) => row.code)));
    const last = db.select({ sort: max(referenceValues.sortOrder) }).from(referenceValues).where(eq(referenceValues.kind, input.kind)).get();
    const id = crypto.randomUUID();
    db.insert(referenceValues)
      .values({ id, kind: input.kind, code, label, mapsTo: input.mapsTo ?? null, sortOrder: (last?.sort ?? -1) + 1, active: true })
      .run();
    recordAudit(db, { staffId, action: 'create', entity: ENTITY, entityId: id, details: { kind: input.kind, code } });
    return { code, label };
  });
}

/** How many participants, mentors and organisations use the field code (erased stubs included). */
function fieldUses(db: KobleDb, code: string): number {
  const n = (rows: { n: number } | undefined) => rows?.n ?? 0;
  return (
    n(db.select({ n: count() }).from(participants).where(eq(participants.field, code)).get()) +
    n(db.select({ n: count() }).from(mentors).where(eq(mentors.field, code)).get()) +
    n(db.select({ n: count() }).from(organisations).where(eq(organisations.sector, code)).get())
  );
}

/** Removes an office value nobody uses (REFERENCE_VALUE_IN_USE with the count otherwise). Shipped values cannot be removed. */
export function removeOfficeValue(db: KobleDb, input: z.infer<typeof officeValueRemoveSchema>, staffId: string | null): void {
  db.transaction(() => {
    const row = db
      .select()
      .from(referenceValues)
      .where(and(eq(referenceValues.kind, input.kind), eq(referenceValues.code, input.code)))
      .get();
    if (!row) throw new KobleError('API_NOT_FOUND', 'No such office value (the shipped values cannot be removed)');
    const uses = fieldUses(db, row.code);
    if (uses > 0) throw new KobleError('REFERENCE_VALUE_IN_USE', 'The value is in use and cannot be removed', { uses });
    db.delete(referenceValues).where(eq(referenceValues.id, row.id)).run();
    recordAudit(db, { staffId, action: 'delete', entity: ENTITY, entityId: row.id, details: { kind: input.kind, code: row.code } });
  });
}
