import type { MatchExclusionKind } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { readProgrammeSettings } from '../settings/programme-settings.ts';
import { cohortParticipants, exclusionsFor, mentorFacts, pairKey, type MatchingMentor, type MatchingParticipant } from './facts.ts';
import { namesFor } from './names.ts';
import { scorePair } from './score.ts';
import { solveAssignment, type Objective } from './solver/index.ts';
import type { MatchingWeights } from './weights.ts';
import { prepared } from '../people/sqlite-client.ts';

/**
 * Who a cohort plan places: participants at "klar for kobling" (ready). Kartlagt (assessed) people
 * are not yet cleared for a mentor by the coordinator, so they wait until they are moved to ready.
 */
export const PLAN_STAGES = ['ready'] as const;

export type PlanPair = { participantId: string; mentorId: string; score: number };
export type Plan = {
  objective: Objective;
  pairs: PlanPair[];
  /** Sum of the pairs' scores, one decimal. */
  totalScore: number;
  /** Participants of the plan left without a mentor. */
  unmatched: string[];
};

/**
 * The optimum draft (pure): participants without an open match against mentors with free places,
 * each mentor's capacity reduced by the matches already running; excluded pairs and must-haves
 * not met are forbidden (null) for the solver.
 */
export function planAssignment(
  participants: readonly MatchingParticipant[],
  mentors: readonly MatchingMentor[],
  weights: MatchingWeights,
  exclusions: ReadonlyMap<string, MatchExclusionKind>,
  objective: Objective,
): Plan {
  const names = namesFor('nb');
  const people = participants.filter((p) => p.openMatches === 0 && !p.erased);
  const open = mentors.filter((m) => m.active && m.openMatches < m.capacity);
  const scores = people.map((p) =>
    open.map((m) => scorePair(p, m, weights, names, { exclusion: exclusions.get(pairKey(p.id, m.id)) ?? null }).score),
  );
  const { pairs } = solveAssignment(
    scores,
    open.map((m) => m.capacity - m.openMatches),
    objective,
  );
  const matched = new Set<number>();
  const planPairs = pairs.map(([i, j]) => {
    matched.add(i);
    return { participantId: people[i]!.id, mentorId: open[j]!.id, score: scores[i]![j]! };
  });
  const total = planPairs.reduce((sum, p) => sum + p.score, 0);
  return {
    objective,
    pairs: planPairs,
    totalScore: Math.round(total * 10) / 10,
    unmatched: people.flatMap((p, i) => (matched.has(i) ? [] : [p.id])),
  };
}

/** `matching.plan`: a draft for a cohort; nothing is written. */
export function planCohort(db: KobleDb, cohortId: string, objective: Objective): Plan {
  if (!prepared(db, 'select 1 from cohorts where id = ?').get(cohortId)) throw new KobleError('API_NOT_FOUND', 'No such cohort', { id: cohortId });
  const participants = cohortParticipants(db, cohortId, PLAN_STAGES);
  const { matchingWeights } = readProgrammeSettings(db);
  return planAssignment(
    participants,
    mentorFacts(db, { onlyAvailable: true }),
    matchingWeights,
    exclusionsFor(db, participants.map((p) => p.id)),
    objective,
  );
}
