import { z } from 'zod';
import { ORGANISATION_KINDS, STAGES } from '../../../db/schema/index.ts';
import { KobleError } from '../../../db/errors.ts';
import { addFollowUp, followUpAddSchema, participantFollowUps } from '../../followups/follow-up-repository.ts';
import { createCohort, cohortCreateSchema, listCohorts } from '../../people/cohort-repository.ts';
import { mentorChangesSchema, mentorCreateSchema } from '../../people/mentor-input.ts';
import { createMentor, listMentors, mentorMatches, MENTOR_ENTITY, organisationName, requireMentor, updateMentor } from '../../people/mentor-repository.ts';
import { addOfficeValue, officeValueAddSchema, officeValueRemoveSchema, removeOfficeValue } from '../../people/office-values.ts';
import { createOrganisation, listOrganisations, organisationCreateSchema } from '../../people/organisation-repository.ts';
import { participantChangesSchema, participantCreateSchema } from '../../people/participant-input.ts';
import {
  auditFor,
  createParticipant,
  participantMatches,
  PARTICIPANT_ENTITY,
  requireParticipant,
  stageHistory,
  updateParticipant,
} from '../../people/participant-repository.ts';
import { listPipeline, pipelineRow } from '../../people/pipeline-list.ts';
import { referenceLists } from '../../people/reference-lists.ts';
import { deleteView, listViews, saveView, viewSaveSchema } from '../../people/saved-views.ts';
import { entityId, isoDate, optionalText } from '../../people/value-schemas.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { moveStages } from '../../pipeline/move-stages.ts';
import { stageChoices } from '../../pipeline/move-rules.ts';
import { searchPeople } from '../../search/search-people.ts';
import { method } from '../method.ts';

const byId = z.object({ id: entityId });

function notInFuture(date: string, path: string): void {
  if (date > osloToday()) throw new KobleError('API_INVALID_INPUT', 'The input is not valid', [{ path, code: 'custom', message: 'The date cannot be in the future' }]);
}

export const peopleHandlers = {
  /** The pipeline grid: one row per participant, today or as of a past date. */
  'people.list': method(
    z.object({ asOf: isoDate.optional(), cohortId: entityId.optional(), includeErased: z.boolean().optional() }),
    (input, { session }) => listPipeline(session.requireVault().db, input, osloToday()),
  ),

  /** The detail panel: every field, stage history, follow-ups, matches and the audit trail (field names only). */
  'people.get': method(byId, ({ id }, { session }) => {
    const { db } = session.requireVault();
    const participant = requireParticipant(db, id);
    return {
      ...participant,
      stageChoices: stageChoices(participant.stage),
      stageHistory: stageHistory(db, id),
      followUps: participantFollowUps(db, id),
      matches: participantMatches(db, id),
      audit: auditFor(db, PARTICIPANT_ENTITY, id),
    };
  }),

  'people.create': method(participantCreateSchema, (input, { session }) => {
    const { db } = session.requireVault();
    return { id: createParticipant(db, input, session.staffId, osloToday()) };
  }),

  /** Changes some fields; returns the updated grid row. */
  'people.update': method(z.object({ id: entityId, changes: participantChangesSchema }), ({ id, changes }, { session }) => {
    const { db } = session.requireVault();
    updateParticipant(db, id, changes, session.staffId);
    return pipelineRow(db, id, osloToday())!;
  }),

  /** Folded search as you type across participants and mentors. */
  'people.search': method(z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(50).default(20) }), ({ query, limit }, { session }) =>
    searchPeople(session.requireVault().db, query, limit),
  ),

  /** Moves people a stage, all or none (PIPELINE_TRANSITION_REFUSED lists every refusal). */
  'pipeline.move': method(
    z.object({
      ids: z.array(entityId).min(1).max(5000),
      stage: z.enum(STAGES),
      reason: optionalText(500).optional(),
      effectiveOn: isoDate.optional(),
    }),
    (input, { session }) => {
      const { db } = session.requireVault();
      const effectiveOn = input.effectiveOn ?? osloToday();
      notInFuture(effectiveOn, 'effectiveOn');
      return { moved: moveStages(db, { ids: input.ids, stage: input.stage, reason: input.reason ?? null, effectiveOn }, session.staffId) };
    },
  ),

  'followUps.add': method(followUpAddSchema, (input, { session }) => ({ id: addFollowUp(session.requireVault().db, input, session.staffId) })),

  'followUps.list': method(z.object({ participantId: entityId }), ({ participantId }, { session }) => {
    const { db } = session.requireVault();
    requireParticipant(db, participantId);
    return participantFollowUps(db, participantId);
  }),

  'mentors.list': method(z.object({}), (_input, { session }) => listMentors(session.requireVault().db)),

  'mentors.get': method(byId, ({ id }, { session }) => {
    const { db } = session.requireVault();
    const mentor = requireMentor(db, id);
    const row = listMentors(db, id)[0];
    return {
      ...mentor,
      employerName: organisationName(db, mentor.organisationId),
      activeMatches: row?.activeMatches ?? 0,
      matches: mentorMatches(db, id),
      audit: auditFor(db, MENTOR_ENTITY, id),
    };
  }),

  'mentors.create': method(mentorCreateSchema, (input, { session }) => ({ id: createMentor(session.requireVault().db, input, session.staffId, osloToday()) })),

  'mentors.update': method(z.object({ id: entityId, changes: mentorChangesSchema }), ({ id, changes }, { session }) => {
    const { db } = session.requireVault();
    updateMentor(db, id, changes, session.staffId);
    return listMentors(db, id)[0]!;
  }),

  'organisations.list': method(z.object({ kind: z.enum(ORGANISATION_KINDS).optional() }), ({ kind }, { session }) => listOrganisations(session.requireVault().db, kind)),

  'organisations.create': method(organisationCreateSchema, (input, { session }) => ({ id: createOrganisation(session.requireVault().db, input, session.staffId) })),

  'cohorts.list': method(z.object({}), (_input, { session }) => listCohorts(session.requireVault().db)),

  'cohorts.create': method(cohortCreateSchema, (input, { session }) => ({ id: createCohort(session.requireVault().db, input, session.staffId) })),

  'reference.lists': method(z.object({}), (_input, { session }) => referenceLists(session.requireVault().db)),

  /** An office's own value (today: a fagfelt), listed by reference.lists with the shipped ones. */
  'reference.addValue': method(officeValueAddSchema, (input, { session }) => addOfficeValue(session.requireVault().db, input, session.staffId)),

  /** Removes an office value that no person or organisation uses. */
  'reference.removeValue': method(officeValueRemoveSchema, (input, { session }) => {
    removeOfficeValue(session.requireVault().db, input, session.staffId);
    return null;
  }),

  'views.list': method(z.object({ grid: z.enum(['participants', 'mentors']).optional() }), ({ grid }, { session }) =>
    listViews(session.requireVault().db).filter((v) => !grid || v.grid === grid),
  ),

  'views.save': method(viewSaveSchema, (input, { session }) => saveView(session.requireVault().db, input)),

  'views.delete': method(byId, ({ id }, { session }) => {
    deleteView(session.requireVault().db, id);
    return null;
  }),
};
