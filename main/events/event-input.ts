import { z } from 'zod';
import { ATTENDANCE_STATUSES, EVENT_KINDS } from '../../db/schema/index.ts';
import { email, entityId, optionalText, personName, phone } from '../people/value-schemas.ts';

/** An instant as ISO text with a time and an offset or Z; stored as UTC ISO. */
export const instant = z
  .string()
  .trim()
  .max(40)
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), 'Expected an instant such as 2026-03-01T17:00:00Z')
  .transform((v) => new Date(v).toISOString());

const eventFields = {
  kind: z.enum(EVENT_KINDS),
  title: z.string().trim().min(1, 'A title is required').max(200),
  startsAt: instant,
  endsAt: instant.nullable(),
  place: optionalText(200),
  capacity: z.number().int().min(1).max(100_000).nullable(),
  organiser: optionalText(200),
  grantId: entityId.nullable(),
  cohortId: entityId.nullable(),
  description: optionalText(4000),
};

export const newEventSchema = z
  .object({
    ...eventFields,
    endsAt: eventFields.endsAt.optional().default(null),
    place: eventFields.place.optional().default(null),
    capacity: eventFields.capacity.optional().default(null),
    organiser: eventFields.organiser.optional().default(null),
    grantId: eventFields.grantId.optional().default(null),
    cohortId: eventFields.cohortId.optional().default(null),
    description: eventFields.description.optional().default(null),
  })
  .refine((e) => e.endsAt === null || e.endsAt >= e.startsAt, { message: 'The event cannot end before it starts', path: ['endsAt'] });
export type NewEventInput = z.output<typeof newEventSchema>;

export const eventChangesSchema = z.object(eventFields).partial().strict();
export type EventChanges = z.output<typeof eventChangesSchema>;

export const rosterKind = z.enum(['participant', 'mentor']);

export const inviteSchema = z
  .object({
    eventId: entityId,
    people: z.array(z.object({ kind: rosterKind, id: entityId })).max(20_000).optional(),
    cohortId: entityId.optional(),
    filter: z
      .object({ stages: z.array(z.string().min(1).max(50)).max(20).optional(), kinds: z.array(rosterKind).max(2).optional() })
      .optional(),
    /** Over the capacity: register up to it and put the rest on the waiting list. */
    useWaitingList: z.boolean().optional(),
    /** Only say what would happen (counts and how far over the capacity); nothing is written. */
    dryRun: z.boolean().optional(),
  })
  .refine((v) => v.people !== undefined || v.cohortId !== undefined || v.filter !== undefined, { message: 'Choose people, a cohort or a filter', path: ['people'] });
export type InviteInput = z.output<typeof inviteSchema>;

export const guestSchema = z.object({
  eventId: entityId,
  firstName: personName,
  lastName: personName,
  email: email.optional().default(null),
  phone: phone.optional().default(null),
  organisationName: optionalText(200).optional().default(null),
  source: z.enum(['roster', 'paper']).default('roster'),
});
export type GuestInput = z.output<typeof guestSchema>;

export const setStatusSchema = z.object({
  eventId: entityId,
  attendanceIds: z.array(entityId).min(1).max(20_000),
  status: z.enum(ATTENDANCE_STATUSES),
  source: z.literal('paper').optional(),
});
export type SetStatusInput = z.output<typeof setStatusSchema>;

export const walkInSchema = z
  .object({
    firstName: personName,
    lastName: personName,
    phone: phone.optional().default(null),
    email: email.optional().default(null),
    role: z.enum(['participant', 'mentor', 'guest']),
    consent: z.boolean(),
    language: z.enum(['nb', 'en']).default('nb'),
  })
  .refine((v) => v.phone !== null || v.email !== null, { message: 'A phone number or an e-mail address is required', path: ['phone'] });
export type WalkInInput = z.output<typeof walkInSchema>;
