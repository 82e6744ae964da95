import type { MatchExclusionKind } from '../../../db/schema/index.ts';
import { KobleError } from '../../../db/errors.ts';
import type { JobProgress } from '../../jobs/background-jobs.ts';
import { pairKey, type MatchingMentor, type MatchingParticipant } from '../facts.ts';
import { namesFor, type MatchingLanguage } from '../names.ts';
import { scorePair, type BreakdownItem } from '../score.ts';
import { solveAssignment, type Objective } from '../solver/index.ts';
import type { MatchingWeights } from '../weights.ts';
import { PlanMatrix } from './matrix.ts';

/**
 * The whole-cohort draft, in pure steps (no database): scoring every participant against every
 * mentor with a free place (scores only, matrix.ts), the exact optimum from the solver, then the
 * draft with names, the breakdowns of its pairs and why someone is left without a mentor. The same steps run in the plan worker
 * (worker.ts), in the main process when no worker can start (run.ts), and synchronously for
 * `matching.plan` (plan.ts, the CLI).
 */

export type PlanPairRef = { participantId: string; mentorId: string };

/** Everything the draft needs, read from the programme beforehand (load.ts); structured-clone safe. */
export type DraftInput = {
  cohortId: string;
  objective: Objective;
  language: MatchingLanguage;
  participants: MatchingParticipant[];
  /** Active mentors with a free place. */
  mentors: MatchingMentor[];
  weights: MatchingWeights;
  exclusions: Map<string, MatchExclusionKind>;
  /** Pairs pinned by hand: kept as they are, the rest planned around them. */
  fixed: PlanPairRef[];
  /** Pairs left out of this draft only (not a permanent exclusion). */
  forbidden: PlanPairRef[];
};

/** Why a participant of the plan has no mentor in the draft. */
export type UnmatchedReason = 'noAllowedMentor' | 'capacityUsed' | 'lowerTotal';

export type DraftPair = {
  participantId: string;
  participantName: string;
  mentorId: string;
  mentorName: string;
  employerName: string | null;
  /** 0–100, one decimal, as matching.suggest gives it. */
  score: number;
  breakdown: BreakdownItem[];
  /** Pinned by hand (`fixed`). */
  fixed: boolean;
};

export type Draft = {
  cohortId: string;
  objective: Objective;
  pairs: DraftPair[];
  /** Sum of the pairs' scores, one decimal. */
  totalScore: number;
  matchedCount: number;
  unmatched: { participantId: string; participantName: string; reason: UnmatchedReason }[];
  /** How many participants the plan placed or tried to, and how many mentors had a free place. */
  participantCount: number;
  mentorCount: number;
};

export type Progress = (progress: JobProgress) => void;

/** Between scoring and solving: the matrix for the participants still to place, the mentors' places left. */
export type DraftState = {
  input: DraftInput;
  /** Participants the solver places (not pinned). */
  free: MatchingParticipant[];
  scores: (number | null)[][];
  /** Places left per mentor after the running matches and the pinned pairs. */
  places: number[];
  fixedPairs: { participant: MatchingParticipant; mentor: MatchingMentor }[];
  /** pairKey of the pairs left out of this draft. */
  forbidden: Set<string>;
  /** Scores the rows of `scores` (excluded and forbidden pairs null). */
  matrix: PlanMatrix;
};

function notAllowed(message: string, pair: PlanPairRef, reasons: readonly string[]): KobleError {
  return new KobleError('MATCHING_NOT_ALLOWED', message, { participantId: pair.participantId, mentorId: pair.mentorId, reasons });
}

/**
 * Checks the pinned pairs (each must be a pair the plan could make: a participant of the plan, an
 * allowed mentor with a place) and sets up the state. Throws MATCHING_NOT_ALLOWED with the reasons.
 */
export function prepareDraft(input: DraftInput): DraftState {
  const names = namesFor(input.language);
  const people = input.participants.filter((p) => p.openMatches === 0 && !p.erased);
  const byParticipant = new Map(people.map((p) => [p.id, p]));
  const mentorIndex = new Map(input.mentors.map((m, j) => [m.id, j]));
  const places = input.mentors.map((m) => (m.active ? Math.max(0, m.capacity - m.openMatches) : 0));
  const forbidden = new Set(input.forbidden.map((f) => pairKey(f.participantId, f.mentorId)));
  const fixedPairs: DraftState['fixedPairs'] = [];
  const pinned = new Set<string>();
  for (const pair of input.fixed) {
    const participant = byParticipant.get(pair.participantId);
    const j = mentorIndex.get(pair.mentorId);
    if (!participant) throw notAllowed('The pinned participant is not one the plan places', pair, ['notInPlan']);
    if (pinned.has(participant.id)) throw notAllowed('A participant is pinned twice', pair, ['duplicateParticipant']);
    if (j === undefined) throw notAllowed('The pinned mentor is inactive, full or unknown', pair, ['full']);
    if (forbidden.has(pairKey(pair.participantId, pair.mentorId))) throw notAllowed('The pinned pair is also removed from the draft', pair, ['forbidden']);
    const mentor = input.mentors[j]!;
    const { score, excludedBy } = scorePair(participant, mentor, input.weights, names, { exclusion: input.exclusions.get(pairKey(participant.id, mentor.id)) ?? null });
    if (score === null) throw notAllowed(`The pinned pair cannot be matched: ${excludedBy.join(', ')}`, pair, excludedBy);
    if (places[j]! <= 0) throw notAllowed('The pinned mentor has no place left', pair, ['full']);
    places[j]! -= 1;
    pinned.add(participant.id);
    fixedPairs.push({ participant, mentor });
  }
  const free = people.filter((p) => !pinned.has(p.id));
  const matrix = new PlanMatrix(free, input.mentors, input.weights, names, input.exclusions, forbidden);
  return { input, free, scores: [], places, fixedPairs, forbidden, matrix };
}

/** Scores participants [from, to) of `state.free` against every mentor: scorePair's scores, null = not allowed. */
export function scoreSlice(state: DraftState, from: number, to: number): void {
  for (let i = from; i < Math.min(to, state.free.length); i++) state.scores[i] = state.matrix.row(state.free[i]!);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The exact optimum for the free participants, then the draft (pinned pairs first, then by participant). */
export function solveDraft(state: DraftState, report: Progress = () => {}): Draft {
  const { input, free, scores, places } = state;
  const total = free.length;
  report({ phase: 'solving', done: 0, total });
  const { pairs } = solveAssignment(scores, places, input.objective, { onProgress: (done, all) => report({ phase: 'solving', done, total: all }) });
  report({ phase: 'solving', done: total, total });

  const names = namesFor(input.language);
  const describe = (p: MatchingParticipant, m: MatchingMentor, fixed: boolean): DraftPair => {
    const { score, breakdown } = scorePair(p, m, input.weights, names, { exclusion: input.exclusions.get(pairKey(p.id, m.id)) ?? null });
    return { participantId: p.id, participantName: p.name, mentorId: m.id, mentorName: m.name, employerName: m.employerName, score: score ?? 0, breakdown, fixed };
  };
  const draftPairs = state.fixedPairs.map(({ participant, mentor }) => describe(participant, mentor, true));
  const used = new Array<number>(places.length).fill(0);
  const matched = new Set<number>();
  for (const [i, j] of pairs) {
    matched.add(i);
    used[j]! += 1;
    draftPairs.push(describe(free[i]!, input.mentors[j]!, false));
  }
  const unmatched = free.flatMap((p, i) => {
    if (matched.has(i)) return [];
    const allowed = scores[i]!.flatMap((s, j) => (s === null ? [] : [j]));
    const reason: UnmatchedReason = allowed.length === 0 ? 'noAllowedMentor' : allowed.every((j) => used[j]! >= places[j]!) ? 'capacityUsed' : 'lowerTotal';
    return [{ participantId: p.id, participantName: p.name, reason }];
  });
  const totalScore = round1(draftPairs.reduce((sum, p) => sum + p.score, 0));
  return {
    cohortId: input.cohortId,
    objective: input.objective,
    pairs: draftPairs,
    totalScore,
    matchedCount: draftPairs.length,
    unmatched,
    participantCount: free.length + state.fixedPairs.length,
    mentorCount: input.mentors.length,
  };
}

/** All steps at once, synchronously (the worker and `matching.plan`); progress after every participant (the caller throttles). */
export function buildDraft(input: DraftInput, report: Progress = () => {}): Draft {
  const state = prepareDraft(input);
  const total = state.free.length;
  report({ phase: 'scoring', done: 0, total });
  for (let i = 0; i < total; i++) {
    scoreSlice(state, i, i + 1);
    report({ phase: 'scoring', done: i + 1, total });
  }
  return solveDraft(state, report);
}
