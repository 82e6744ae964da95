import { z } from 'zod';
import { deadlineAddSchema, grantChangesSchema, grantCreateSchema } from '../../grants/grant-input.ts';
import { addDeadline, completeDeadline, createGrant, getGrant, listGrants, removeDeadline, removeGrant, updateGrant } from '../../grants/grant-repository.ts';
import { entityId, pastOrToday } from '../../people/value-schemas.ts';
import { method } from '../method.ts';

export const grantsHandlers = {
  /** Every grant with its cohorts, events and deadlines, newest period first. */
  'grants.list': method(z.object({}), (_input, { session }) => listGrants(session.requireVault().db)),

  'grants.get': method(z.object({ grantId: entityId }), ({ grantId }, { session }) => getGrant(session.requireVault().db, grantId)),

  /** A county grant without funderName gets the programme setting countyFunderName. */
  'grants.create': method(grantCreateSchema, (input, { session }) => createGrant(session.requireVault().db, input, session.staffId)),

  /** Changes some fields; cohortIds and eventIds replace the grant's lists. */
  'grants.update': method(z.object({ grantId: entityId, changes: grantChangesSchema }), ({ grantId, changes }, { session }) =>
    updateGrant(session.requireVault().db, grantId, changes, session.staffId),
  ),

  /** Refused (GRANT_IN_USE) while hours are charged to it, unless force. */
  'grants.remove': method(z.object({ grantId: entityId, force: z.boolean().default(false) }), ({ grantId, force }, { session }) =>
    removeGrant(session.requireVault().db, grantId, force, session.staffId),
  ),

  'grants.addDeadline': method(deadlineAddSchema, (input, { session }) => addDeadline(session.requireVault().db, input, session.staffId)),

  /** Marks a report deadline as met (doneOn null reopens it). */
  'grants.completeDeadline': method(z.object({ deadlineId: entityId, doneOn: pastOrToday.nullable() }), ({ deadlineId, doneOn }, { session }) =>
    completeDeadline(session.requireVault().db, deadlineId, doneOn, session.staffId),
  ),

  'grants.removeDeadline': method(z.object({ deadlineId: entityId }), ({ deadlineId }, { session }) =>
    removeDeadline(session.requireVault().db, deadlineId, session.staffId),
  ),
};
