import { z } from 'zod';
import { FUNDERS, GRANT_DEADLINE_KINDS } from '../../db/schema/index.ts';
import { entityId, isoDate, optionalText } from '../people/value-schemas.ts';

/** zod inputs of grants.*: dates as YYYY-MM-DD, amounts ≥ 0, period start ≤ end. */

const amount = z.number().finite().min(0, 'The amount cannot be negative').max(1_000_000_000).nullable();
const funderName = z.string().trim().max(200);
const periodOrder = (v: { periodStart?: string | undefined; periodEnd?: string | undefined }) =>
  v.periodStart === undefined || v.periodEnd === undefined || v.periodStart <= v.periodEnd;
const periodIssue = { message: 'The period must start on or before its end', path: ['periodEnd'] };

export const grantCreateSchema = z
  .object({
    funder: z.enum(FUNDERS),
    /** Required except for a county grant, which gets the programme setting countyFunderName. */
    funderName: funderName.optional(),
    scheme: optionalText(200).optional(),
    caseNumber: optionalText(100).optional(),
    amount: amount.optional(),
    periodStart: isoDate,
    periodEnd: isoDate,
    notes: optionalText(5000).optional(),
    cohortIds: z.array(entityId).max(500).optional(),
  })
  .refine(periodOrder, periodIssue);
export type GrantCreate = z.output<typeof grantCreateSchema>;

export const grantChangesSchema = z
  .object({
    funder: z.enum(FUNDERS).optional(),
    funderName: funderName.min(1).optional(),
    scheme: optionalText(200).optional(),
    caseNumber: optionalText(100).optional(),
    amount: amount.optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    notes: optionalText(5000).optional(),
    cohortIds: z.array(entityId).max(500).optional(),
    /** Events this grant funds (events.grant_id); replaces the list. */
    eventIds: z.array(entityId).max(5000).optional(),
  })
  .refine(periodOrder, periodIssue);
export type GrantChanges = z.output<typeof grantChangesSchema>;

export const deadlineAddSchema = z.object({
  grantId: entityId,
  kind: z.enum(GRANT_DEADLINE_KINDS).default('report'),
  dueOn: isoDate,
  description: optionalText(500).optional(),
});
export type DeadlineAdd = z.output<typeof deadlineAddSchema>;
