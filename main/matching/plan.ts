import type { KobleDb } from '../../db/vault/vault.ts';
import { buildDraft, type Draft } from './plan-job/draft.ts';
import { loadDraftInput, type PlanRequest } from './plan-job/load.ts';
import type { Objective } from './solver/index.ts';

export type PlanPair = { participantId: string; mentorId: string; score: number };
export type Plan = {
  objective: Objective;
  pairs: PlanPair[];
  /** Sum of the pairs' scores, one decimal. */
  totalScore: number;
  /** Participants of the plan left without a mentor. */
  unmatched: string[];
};

/** The CLI's compact shape of a draft (`koble match plan --json`). */
export function compactPlan(draft: Draft): Plan {
  return {
    objective: draft.objective,
    pairs: draft.pairs.map((p) => ({ participantId: p.participantId, mentorId: p.mentorId, score: p.score })),
    totalScore: draft.totalScore,
    unmatched: draft.unmatched.map((u) => u.participantId),
  };
}

/**
 * The full draft for a cohort, synchronously in this thread (the CLI, tests): participants without
 * an open match against mentors with free places, each mentor's capacity reduced by the matches
 * already running; excluded pairs and must-haves not met are forbidden for the solver. The screen
 * uses `matching.startPlan`, which runs the same steps in a worker (plan-job/run.ts).
 */
export function planCohortDraft(db: KobleDb, request: PlanRequest): Draft {
  return buildDraft(loadDraftInput(db, request));
}

/** `matching.plan`: a draft for a cohort; nothing is written. */
export function planCohort(db: KobleDb, cohortId: string, objective: Objective): Plan {
  return compactPlan(planCohortDraft(db, { cohortId, objective }));
}
