import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { KobleError } from '../../db/errors.ts';
import { PROGRESSION_SCALES, PROGRESSION_TIMEPOINTS, progressionForms, type ProgressionTimepoint } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { requireParticipant } from '../people/participant-repository.ts';
import { entityId, optionalText, pastOrToday } from '../people/value-schemas.ts';

export const PROGRESSION_ENTITY = 'progression_forms';

/** A 1–5 answer; null when the participant did not answer that one. */
const scale = z.number().int('Answer with a whole number from 1 to 5').min(1, 'Answer from 1 to 5').max(5, 'Answer from 1 to 5').nullable();

export const progressionRecordSchema = z
  .object({
    participantId: entityId,
    timepoint: z.enum(PROGRESSION_TIMEPOINTS),
    filledOn: pastOrToday,
    norwegianAtWork: scale.optional(),
    professionalNetwork: scale.optional(),
    workingLifeKnowledge: scale.optional(),
    jobSeeking: scale.optional(),
    beliefInChances: scale.optional(),
    comment: optionalText(5000).optional(),
  })
  .refine((v) => PROGRESSION_SCALES.some((s) => v[s] != null) || !!v.comment, { message: 'Answer at least one question', path: ['norwegianAtWork'] });
export type ProgressionRecord = z.output<typeof progressionRecordSchema>;

export type ProgressionRow = {
  id: string;
  timepoint: ProgressionTimepoint;
  filledOn: string;
  norwegianAtWork: number | null;
  professionalNetwork: number | null;
  workingLifeKnowledge: number | null;
  jobSeeking: number | null;
  beliefInChances: number | null;
  comment: string | null;
};

const ORDER: Record<ProgressionTimepoint, number> = { start: 0, mid: 1, end: 2 };

const columns = {
  id: progressionForms.id,
  timepoint: progressionForms.timepoint,
  filledOn: progressionForms.filledOn,
  norwegianAtWork: progressionForms.norwegianAtWork,
  professionalNetwork: progressionForms.professionalNetwork,
  workingLifeKnowledge: progressionForms.workingLifeKnowledge,
  jobSeeking: progressionForms.jobSeeking,
  beliefInChances: progressionForms.beliefInChances,
  comment: progressionForms.comment,
};

/** A participant's forms: start, mid, end. */
export function listProgression(db: KobleDb, participantId: string): ProgressionRow[] {
  requireParticipant(db, participantId);
  return db
    .select(columns)
    .from(progressionForms)
    .where(eq(progressionForms.participantId, participantId))
    .all()
    .sort((a, b) => ORDER[a.timepoint] - ORDER[b.timepoint]);
}

/** One form per timepoint: records it or replaces the one recorded (questions left out are stored as unanswered). */
export function recordProgression(db: KobleDb, input: ProgressionRecord, staffId: string | null): ProgressionRow {
  return db.transaction(() => {
    const person = requireParticipant(db, input.participantId);
    if (person.erasedAt) throw new KobleError('PRIVACY_ALREADY_ERASED', 'This person has been erased', { id: person.id });
    const values = {
      filledOn: input.filledOn,
      norwegianAtWork: input.norwegianAtWork ?? null,
      professionalNetwork: input.professionalNetwork ?? null,
      workingLifeKnowledge: input.workingLifeKnowledge ?? null,
      jobSeeking: input.jobSeeking ?? null,
      beliefInChances: input.beliefInChances ?? null,
      comment: input.comment ?? null,
      staffId,
    };
    const existing = db
      .select({ id: progressionForms.id })
      .from(progressionForms)
      .where(and(eq(progressionForms.participantId, input.participantId), eq(progressionForms.timepoint, input.timepoint)))
      .get();
    let id: string;
    if (existing) {
      db.update(progressionForms).set({ ...values, updatedAt: new Date().toISOString() }).where(eq(progressionForms.id, existing.id)).run();
      id = existing.id;
    } else {
      id = db.insert(progressionForms).values({ participantId: input.participantId, timepoint: input.timepoint, ...values }).returning({ id: progressionForms.id }).all()[0]!.id;
    }
    recordAudit(db, { staffId, action: existing ? 'update' : 'create', entity: PROGRESSION_ENTITY, entityId: id, details: { participantId: input.participantId, timepoint: input.timepoint } });
    return db.select(columns).from(progressionForms).where(eq(progressionForms.id, id)).get()!;
  });
}

export function removeProgression(db: KobleDb, formId: string, staffId: string | null): null {
  return db.transaction(() => {
    const row = db.select({ participantId: progressionForms.participantId, timepoint: progressionForms.timepoint }).from(progressionForms).where(eq(progressionForms.id, formId)).get();
    if (!row) throw new KobleError('API_NOT_FOUND', 'No such progression form', { id: formId });
    db.delete(progressionForms).where(eq(progressionForms.id, formId)).run();
    recordAudit(db, { staffId, action: 'delete', entity: PROGRESSION_ENTITY, entityId: formId, details: { participantId: row.participantId, timepoint: row.timepoint } });
    return null;
  });
}
