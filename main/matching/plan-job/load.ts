import type { KobleDb } from '../../../db/vault/vault.ts';
import { KobleError } from '../../../db/errors.ts';
import { prepared } from '../../../db/sqlite-client.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { cohortParticipants, exclusionsFor, mentorFacts } from '../facts.ts';
import type { MatchingLanguage } from '../names.ts';
import type { Objective } from '../solver/index.ts';
import type { DraftInput, PlanPairRef } from './draft.ts';

/**
 * Who a cohort plan places: participants at "klar for kobling" (ready). Kartlagt (assessed) people
 * are not yet cleared for a mentor by the coordinator, so they wait until they are moved to ready.
 */
export const PLAN_STAGES = ['ready'] as const;

export type PlanRequest = {
  cohortId: string;
  objective: Objective;
  language?: MatchingLanguage | undefined;
  fixed?: readonly PlanPairRef[] | undefined;
  forbidden?: readonly PlanPairRef[] | undefined;
};

export function requireCohort(db: KobleDb, cohortId: string): void {
  if (!prepared(db, 'select 1 from cohorts where id = ?').get(cohortId)) throw new KobleError('API_NOT_FOUND', 'No such cohort', { id: cohortId });
}

/** Reads what the draft needs in a few statements (API_NOT_FOUND for an unknown cohort). Writes nothing. */
export function loadDraftInput(db: KobleDb, request: PlanRequest): DraftInput {
  requireCohort(db, request.cohortId);
  const participants = cohortParticipants(db, request.cohortId, PLAN_STAGES);
  const { matchingWeights } = readProgrammeSettings(db);
  return {
    cohortId: request.cohortId,
    objective: request.objective,
    language: request.language ?? 'nb',
    participants,
    mentors: mentorFacts(db, { onlyAvailable: true }),
    weights: matchingWeights,
    exclusions: exclusionsFor(db, participants.map((p) => p.id)),
    fixed: [...(request.fixed ?? [])],
    forbidden: [...(request.forbidden ?? [])],
  };
}
