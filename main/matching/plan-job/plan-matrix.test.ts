import { afterEach, describe, expect, it } from 'vitest';
import { exclusionsFor, mentorFacts, pairKey, participantFacts } from '../facts.ts';
import { namesFor } from '../names.ts';
import { scorePair } from '../score.ts';
import { solveAssignment } from '../solver/index.ts';
import { DEFAULT_MATCHING_WEIGHTS, type MatchingWeights } from '../weights.ts';
import { prepared } from '../../../db/sqlite-client.ts';
import { buildDraft, prepareDraft, scoreSlice, type DraftInput } from './draft.ts';
import { demoProgramme, type Programme } from '../../test/plan-programme.ts';

let open: Programme[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

/**
 * Every demo participant against every demo mentor (the inactive and full ones too, which the plan
 * normally never gets), with the demo's declined pairs, a few pairs forbidden for this draft and
 * a pinned pair: the facts the plan worker is sent.
 */
async function demoInput(weights: MatchingWeights): Promise<DraftInput> {
  const p = await demoProgramme();
  open.push(p);
  const db = p.db();
  const ids = (prepared(db, 'select id from participants where erased_at is null order by id').all() as { id: string }[]).map((r) => r.id);
  const participants = ids.map((id) => ({ ...participantFacts(db, id)!, openMatches: 0 }));
  const mentors = mentorFacts(db);
  const exclusions = exclusionsFor(db, ids);
  // The first participant with an allowed mentor (under must-haves some have none) gets a pinned pair.
  const allowed = (x: (typeof participants)[number]) => mentors.find((m) => scorePair(x, m, weights, namesFor('nb'), { exclusion: exclusions.get(pairKey(x.id, m.id)) ?? null }).score !== null);
  const pinned = participants.find((x) => allowed(x) !== undefined)!;
  const fixed = [{ participantId: pinned.id, mentorId: allowed(pinned)!.id }];
  const forbidden = participants.filter((x) => x.id !== pinned.id).slice(0, 29).map((x, k) => ({ participantId: x.id, mentorId: mentors[(k * 7) % mentors.length]!.id }));
  return { cohortId: 'c', objective: 'score', language: 'nb', participants, mentors, weights, exclusions, fixed, forbidden };
}

/** The matrix as the plan built it before MentorIndex: scorePair for every pair (forbidden → null). */
function scorePairMatrix(input: DraftInput, free: readonly DraftInput['participants'][number][]) {
  const forbidden = new Set(input.forbidden.map((f) => pairKey(f.participantId, f.mentorId)));
  return free.map((p) =>
    input.mentors.map((m) => {
      const key = pairKey(p.id, m.id);
      return forbidden.has(key) ? null : scorePair(p, m, input.weights, namesFor('nb'), { exclusion: input.exclusions.get(key) ?? null }).score;
    }),
  );
}

describe('the plan score matrix', () => {
  const mustHaves: MatchingWeights = { ...DEFAULT_MATCHING_WEIGHTS, field: { weight: 10, mustHave: true }, capacity: { weight: 0, mustHave: false }, gender: { weight: 5, mustHave: true } };
  it.each([
    ['default weights', DEFAULT_MATCHING_WEIGHTS],
    ['field and gender as must-haves', mustHaves],
  ])('equals scorePair for every pair of a demo programme, and so do the draft pairs and totals (%s)', async (_name, weights) => {
    const input = await demoInput(weights);
    expect(input.exclusions.size).toBeGreaterThan(0);
    const state = prepareDraft(input);
    scoreSlice(state, 0, state.free.length);
    const expected = scorePairMatrix(input, state.free);
    expect(state.scores).toEqual(expected);
    // Every kind of cell occurs: allowed, excluded (declined, inactive, full, must-have), forbidden.
    const cells = expected.flat();
    expect(cells.filter((s) => s === null).length).toBeGreaterThan(0);
    expect(new Set(cells.filter((s) => s !== null)).size).toBeGreaterThan(20);
    for (const f of input.forbidden) expect(expected[state.free.findIndex((x) => x.id === f.participantId)]![input.mentors.findIndex((m) => m.id === f.mentorId)]).toBeNull();

    // The draft: every pair's score and breakdown are scorePair's, the total the optimum over scorePair's matrix.
    const draft = buildDraft(input);
    const places = state.places;
    const optimum = solveAssignment(expected, places, 'score');
    const pinned = draft.pairs.filter((x) => x.fixed);
    expect(pinned).toHaveLength(1);
    expect(draft.totalScore).toBeCloseTo(optimum.total + pinned[0]!.score, 6);
    expect(draft.matchedCount).toBe(optimum.pairs.length + 1);
    for (const pair of draft.pairs) {
      const participant = input.participants.find((x) => x.id === pair.participantId)!;
      const mentor = input.mentors.find((m) => m.id === pair.mentorId)!;
      const reference = scorePair(participant, mentor, input.weights, namesFor('nb'), { exclusion: input.exclusions.get(pairKey(participant.id, mentor.id)) ?? null });
      expect(reference.score).not.toBeNull();
      expect({ score: pair.score, breakdown: pair.breakdown }).toEqual({ score: reference.score, breakdown: reference.breakdown });
      if (!pair.fixed) expect(expected[state.free.indexOf(participant)]![input.mentors.indexOf(mentor)]).toBe(pair.score);
    }
  });
});
