import { createPlacement, endPlacement, listPlacements, updatePlacement } from '../../placements/repository.ts';
import { placementCreateSchema, placementEndSchema, placementListSchema, placementUpdateSchema } from '../../placements/schemas.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { method } from '../method.ts';

export const placementHandlers = {
  /** Placements with company and NAV office names, each with its planned length in months and warnings (outside 3–6 months). */
  'placements.list': method(placementListSchema, (input, { session }) => listPlacements(session.requireVault().db, input)),

  /** A new placement (planned or active); an active one moves the participant to aktiv. Replies with warnings, not refusals, for a length outside 3–6 months. */
  'placements.create': method(placementCreateSchema, (input, { session }) => createPlacement(session.requireVault().db, input, session.staffId, osloToday())),

  /** Changes fields or the status (planned → active | cancelled); the merged values must still pass the rules. */
  'placements.update': method(placementUpdateSchema, (input, { session }) => updatePlacement(session.requireVault().db, input, session.staffId, osloToday())),

  /** Ends a running placement: completed (participant → avsluttet when nothing else runs) or ended_early (reason). */
  'placements.end': method(placementEndSchema, (input, { session }) => endPlacement(session.requireVault().db, input, session.staffId)),
};
