import { desc, eq } from 'drizzle-orm';
import { FOLLOW_UP_KINDS, followUps, staff } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { z } from 'zod';
import { recordAuditEntries } from '../people/audit-entries.ts';
import { PARTICIPANT_ENTITY, requireParticipant } from '../people/participant-repository.ts';
import { entityId, optionalText, pastOrToday } from '../people/value-schemas.ts';
import { KobleError } from '../../db/errors.ts';

/** followUps.add: a logged contact (oppfølging) — date, kind, duration in minutes and a note. */
export const followUpAddSchema = z.object({
  participantId: entityId,
  date: pastOrToday,
  kind: z.enum(FOLLOW_UP_KINDS),
  minutes: z.number().int().min(0).max(24 * 60).nullable().default(null),
  note: optionalText(10_000).default(null),
});
export type FollowUpAdd = z.output<typeof followUpAddSchema>;

/** Logs a follow-up by the signed-in staff member; the person's audit trail notes it (no content). */
export function addFollowUp(db: KobleDb, input: FollowUpAdd, staffId: string | null): string {
  const person = requireParticipant(db, input.participantId);
  if (person.erasedAt) throw new KobleError('API_CONFLICT', 'This person has been erased', { id: person.id });
  const id = crypto.randomUUID();
  db.transaction((tx) => {
    tx.insert(followUps)
      .values({ id, participantId: input.participantId, contactedOn: input.date, kind: input.kind, minutes: input.minutes, note: input.note, staffId })
      .run();
    recordAuditEntries(tx, [{ staffId, action: 'update', entity: PARTICIPANT_ENTITY, entityId: input.participantId, details: { fields: ['followUps'], followUpId: id } }]);
  });
  return id;
}

const columns = {
  id: followUps.id,
  date: followUps.contactedOn,
  kind: followUps.kind,
  minutes: followUps.minutes,
  note: followUps.note,
  staffId: followUps.staffId,
  staffName: staff.name,
};

/** A participant's follow-up log, newest first, with the staff member's name. */
export function participantFollowUps(db: KobleDb, participantId: string) {
  return db
    .select(columns)
    .from(followUps)
    .leftJoin(staff, eq(staff.id, followUps.staffId))
    .where(eq(followUps.participantId, participantId))
    .orderBy(desc(followUps.contactedOn), desc(followUps.createdAt))
    .all();
}
