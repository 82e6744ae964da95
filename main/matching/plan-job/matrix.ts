import type { MatchExclusionKind } from '../../../db/schema/index.ts';
import type { MatchingMentor, MatchingParticipant } from '../facts.ts';
import type { Namer } from '../types.ts';
import { MentorIndex } from '../score.ts';
import type { MatchingWeights } from '../weights.ts';

/**
 * The plan's score matrix, one participant's row at a time, without building an explanation per
 * pair: a MentorIndex over the plan's mentors runs each criterion once per distinct mentor value
 * and gives scorePair's exact scores (main/matching/rank.test.ts, plan-matrix.test.ts); the draft's
 * own pairs get their breakdown from scorePair afterwards (draft.ts). 2,000 × 1,000 pairs: see
 * bench/plan.ts.
 */
export class PlanMatrix {
  private readonly index: MentorIndex;
  private readonly weights: MatchingWeights;
  private readonly names: Namer;
  /** Per participant id: the mentors (by index) this draft may not give them (match_exclusions, `forbidden`). */
  private readonly blocked = new Map<string, number[]>();

  constructor(
    participants: readonly MatchingParticipant[],
    mentors: readonly MatchingMentor[],
    weights: MatchingWeights,
    names: Namer,
    exclusions: ReadonlyMap<string, MatchExclusionKind>,
    forbidden: Iterable<string>,
  ) {
    this.index = new MentorIndex(mentors);
    this.weights = weights;
    this.names = names;
    const people = new Set(participants.map((p) => p.id));
    const mentorAt = new Map(mentors.map((m, j) => [m.id, j]));
    const block = (key: string) => {
      // A pairKey is "participantId mentorId"; ids are UUIDs, but any space is tried so an id with one still matches.
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        const participantId = key.slice(0, at);
        const j = mentorAt.get(key.slice(at + 1));
        if (j === undefined || !people.has(participantId)) continue;
        const list = this.blocked.get(participantId);
        if (list) list.push(j);
        else this.blocked.set(participantId, [j]);
        return;
      }
    };
    // Any kind of exclusion row rules the pair out (scorePair: a hard exclusion), as does `forbidden`.
    for (const [key, kind] of exclusions) if (kind) block(key);
    for (const key of forbidden) block(key);
  }

  /** The participant's row: scorePair's score per mentor, null where the pair is not allowed. */
  row(p: MatchingParticipant): (number | null)[] {
    const scores = this.index.scores(p, this.weights, this.names);
    const row = new Array<number | null>(scores.length);
    for (let j = 0; j < scores.length; j++) {
      const s = scores[j]!;
      row[j] = Number.isNaN(s) ? null : s;
    }
    for (const j of this.blocked.get(p.id) ?? []) row[j] = null;
    return row;
  }
}
