import { z } from 'zod';
import { LIVELIHOODS, PLACEMENT_STATUSES } from '../../db/schema/index.ts';
import { email, entityId, isoDate, optionalText, pastOrToday, phone } from '../people/value-schemas.ts';
import { EDITABLE_STATUSES, placementProblems, type PlacementProblem } from './rules.ts';

/** A rule's refusal as a zod issue: the field in the path, the rule's key (placement.problems.*) as the message. */
function addProblems(ctx: z.RefinementCtx, problems: readonly PlacementProblem[], prefix: string[] = []) {
  for (const p of problems) ctx.addIssue({ code: 'custom', path: [...prefix, p.path], message: p.why });
}

/** The fields a coordinator fills in; the same for create and (all optional) update. */
const fields = {
  organisationId: entityId.nullable(),
  supervisorName: optionalText(200),
  supervisorEmail: email,
  supervisorPhone: phone,
  jobTitle: optionalText(200),
  startsOn: isoDate,
  endsOn: isoDate,
  navAgreement: z.boolean(),
  navOfficeId: entityId.nullable(),
  navAdvisor: optionalText(200),
  livelihood: z.enum(LIVELIHOODS).nullable(),
  status: z.enum(EDITABLE_STATUSES),
  notes: optionalText(4000),
};

export const placementCreateSchema = z
  .object({
    participantId: entityId,
    ...fields,
    organisationId: fields.organisationId.optional(),
    supervisorName: fields.supervisorName.optional(),
    supervisorEmail: fields.supervisorEmail.optional(),
    supervisorPhone: fields.supervisorPhone.optional(),
    jobTitle: fields.jobTitle.optional(),
    navAgreement: fields.navAgreement.default(false),
    navOfficeId: fields.navOfficeId.optional(),
    navAdvisor: fields.navAdvisor.optional(),
    livelihood: fields.livelihood.optional(),
    status: z.enum(['planned', 'active']).default('planned'),
    notes: fields.notes.optional(),
  })
  .superRefine((v, ctx) =>
    addProblems(ctx, placementProblems({ startsOn: v.startsOn, endsOn: v.endsOn, navAgreement: v.navAgreement, navOfficeId: v.navOfficeId ?? null, navAdvisor: v.navAdvisor ?? null })),
  );

export const placementChangesSchema = z.object(fields).partial().strict();

export const placementUpdateSchema = z.object({ placementId: entityId, changes: placementChangesSchema });

export const PLACEMENT_END_STAGES = ['dropped_out', 'completed'] as const;

export const placementEndSchema = z
  .object({
    placementId: entityId,
    endedOn: pastOrToday,
    outcome: z.enum(['completed', 'ended_early']),
    reason: optionalText(500).optional(),
    /** For an early end: move the participant too (avbrutt, or avsluttet); by default the stage stays. */
    participantStage: z.enum(PLACEMENT_END_STAGES).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'ended_early' && !v.reason) addProblems(ctx, [{ path: 'reason', why: 'reason_required' }]);
    if (v.outcome === 'completed' && v.participantStage !== undefined) ctx.addIssue({ code: 'custom', path: ['participantStage'], message: 'participantStage is only for ended_early' });
  });

export const placementListSchema = z.object({ participantId: entityId.optional(), status: z.enum(PLACEMENT_STATUSES).optional() });

export type PlacementCreateInput = z.output<typeof placementCreateSchema>;
export type PlacementChanges = z.output<typeof placementChangesSchema>;
export type PlacementEndInput = z.output<typeof placementEndSchema>;
export type PlacementListInput = z.output<typeof placementListSchema>;
export { addProblems };
