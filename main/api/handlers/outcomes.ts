import { z } from 'zod';
import { dueOutcomes, listOutcomes, outcomeRecordSchema, recordOutcome, removeOutcome } from '../../outcomes/outcome-repository.ts';
import { entityId, isoDate } from '../../people/value-schemas.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { method } from '../method.ts';

export const outcomeHandlers = {
  'outcomes.list': method(z.object({ participantId: entityId }), ({ participantId }, { session }) => listOutcomes(session.requireVault().db, participantId)),

  /** One per timepoint: a second record for the same timepoint replaces the first. */
  'outcomes.record': method(outcomeRecordSchema, (input, { session }) => recordOutcome(session.requireVault().db, input, session.staffId)),

  'outcomes.remove': method(z.object({ outcomeId: entityId }), ({ outcomeId }, { session }) => removeOutcome(session.requireVault().db, outcomeId, session.staffId)),

  /** Follow-ups due (reminders): exit, 3 and 6 months after the exit in the stage history; overdue or due within withinDays. */
  'outcomes.due': method(z.object({ asOf: isoDate.optional(), withinDays: z.number().int().min(0).max(366).default(14) }), ({ asOf, withinDays }, { session }) =>
    dueOutcomes(session.requireVault().db, asOf ?? osloToday(), withinDays),
  ),
};
