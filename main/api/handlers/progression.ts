import { z } from 'zod';
import { listProgression, progressionRecordSchema, recordProgression, removeProgression } from '../../progression/progression-repository.ts';
import { entityId } from '../../people/value-schemas.ts';
import { method } from '../method.ts';

export const progressionHandlers = {
  'progression.list': method(z.object({ participantId: entityId }), ({ participantId }, { session }) =>
    listProgression(session.requireVault().db, participantId),
  ),

  /** One form per timepoint (start, mid, end): a second record replaces the first. Scales 1–5. */
  'progression.record': method(progressionRecordSchema, (input, { session }) => recordProgression(session.requireVault().db, input, session.staffId)),

  'progression.remove': method(z.object({ formId: entityId }), ({ formId }, { session }) => removeProgression(session.requireVault().db, formId, session.staffId)),
};
