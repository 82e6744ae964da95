import { z } from 'zod';
import { HOUR_ACTIVITIES } from '../../db/schema/index.ts';
import { entityId, isoDate, optionalText, pastOrToday } from '../people/value-schemas.ts';

/** zod inputs of hours.*: 0 < hours ≤ 24, dates not in the future, NOK ≥ 0. */

export const hoursAmount = z.number().finite().gt(0, 'Hours must be more than 0').max(24, 'At most 24 hours a day');
const hourlyValue = z.number().finite().min(0, 'The hourly value cannot be negative').max(100_000).nullable();
const volunteerName = z.string().trim().min(1).max(200);

export const hoursAddSchema = z.object({
  workedOn: pastOrToday,
  staffId: entityId.optional(),
  mentorId: entityId.optional(),
  volunteerName: volunteerName.optional(),
  hours: hoursAmount,
  activity: z.enum(HOUR_ACTIVITIES),
  grantId: entityId.nullable().optional(),
  /** NOK per hour; omitted → from the rates (the person's own, else the rule, else the default). */
  hourlyValue: hourlyValue.optional(),
  note: optionalText(2000).optional(),
});
export type HoursAdd = z.output<typeof hoursAddSchema>;

export const hoursChangesSchema = hoursAddSchema.partial();
export type HoursChanges = z.output<typeof hoursChangesSchema>;

const periodIssue = { message: 'The period must start on or before its end', path: ['to'] };

export const hoursListSchema = z
  .object({ grantId: entityId.optional(), from: isoDate.optional(), to: isoDate.optional() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, periodIssue);

export const hoursTotalsSchema = z
  .object({ grantId: entityId.optional(), from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, periodIssue);
