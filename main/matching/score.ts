import type { MatchExclusionKind } from '../../db/schema/index.ts';
import { CRITERION_FUNCTIONS, CRITERION_MENTOR_KEYS } from './criteria/index.ts';
import { CRITERIA, type CriterionId, type Explanation, type MentorFacts, type Namer, type ParticipantFacts } from './types.ts';
import type { MatchingWeights } from './weights.ts';

/** One criterion's line in a suggestion: the setting, the raw points and its share of the 0–100 score. */
export type BreakdownItem = {
  criterion: CriterionId;
  /** The configured weight 0–10 (times weightFactor when the criterion asks for more, e.g. weak Norwegian). */
  weight: number;
  /** 0..1 before weighting. */
  points: number;
  met: boolean;
  mustHave: boolean;
  /** What this criterion adds to the 0–100 score (the bars of the breakdown add up to the score). */
  share: number;
  explanation: Explanation;
};

/**
 * Why a pair is not a candidate at all: declined before or a manual "never" (match_exclusions), an
 * inactive or full mentor, a participant already in an open match, or a must-have not met.
 */
export type ExclusionReason = 'declined' | 'never' | 'inactive' | 'full' | 'participantMatched' | 'erased' | `mustHave:${CriterionId}`;

export type PairContext = {
  /** The pair's row in match_exclusions, if any. */
  exclusion?: MatchExclusionKind | null;
  /** The participant already has an open match (proposed, intro meeting, active). */
  participantMatched?: boolean;
};

export type PairScore = {
  /** 0–100 with one decimal; null when the pair is excluded. */
  score: number | null;
  excludedBy: ExclusionReason[];
  breakdown: BreakdownItem[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Hard exclusions that do not need the criteria (cheap: checked before scoring). */
export function hardExclusions(m: MentorFacts, context: PairContext): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (context.exclusion) reasons.push(context.exclusion);
  if (!m.active) reasons.push('inactive');
  if (m.openMatches >= m.capacity) reasons.push('full');
  if (context.participantMatched) reasons.push('participantMatched');
  return reasons;
}

/**
 * Scores a pair: 100 × Σ(weight × factor × points) / Σ(weight × factor), with the breakdown and
 * every reason the pair is excluded (hard exclusions and must-haves not met). A criterion with
 * weight 0 is shown but adds nothing; a must-have counts whatever its weight.
 */
export function scorePair(p: ParticipantFacts, m: MentorFacts, weights: MatchingWeights, names: Namer, context: PairContext = {}): PairScore {
  const excludedBy = hardExclusions(m, context);
  const results = CRITERIA.map((id) => CRITERION_FUNCTIONS[id](p, m, names));
  let total = 0;
  let max = 0;
  const effective = results.map((r) => weights[r.criterion].weight * (r.weightFactor ?? 1));
  results.forEach((r, i) => {
    total += effective[i]! * r.points;
    max += effective[i]!;
    if (weights[r.criterion].mustHave && !r.met) excludedBy.push(`mustHave:${r.criterion}`);
  });
  const breakdown: BreakdownItem[] = results.map((r, i) => ({
    criterion: r.criterion,
    weight: effective[i]!,
    points: r.points,
    met: r.met,
    mustHave: weights[r.criterion].mustHave,
    share: max > 0 ? round1((100 * effective[i]! * r.points) / max) : 0,
    explanation: r.explanation,
  }));
  const score = max > 0 ? round1((100 * total) / max) : 0;
  return { score: excludedBy.length > 0 ? null : score, excludedBy, breakdown };
}

/**
 * Many mentors scored for one participant at a time, with exactly scorePair's numbers but without
 * its breakdown: every criterion runs once per distinct value of what it reads of the mentor
 * (CRITERION_MENTOR_KEYS: a few hundred job titles, a few dozen places, not 20,000 mentors), and
 * each mentor's score is then a sum over typed arrays, in scorePair's order of operations so the
 * floating-point result is the same. Build it once per list of mentors (facts.ts caches it).
 */
export class MentorIndex {
  readonly mentors: readonly MentorFacts[];
  /** Each mentor's key code per criterion, flat: codes[i × criteria + c] (already offset into the per-call tables). */
  private readonly codes: Int32Array;
  /** Per criterion: for each key code, the first mentor with it. */
  private readonly representatives: number[][];
  /** Where each criterion's codes start in the per-call tables. */
  private readonly offsets: number[];

  constructor(mentors: readonly MentorFacts[]) {
    this.mentors = mentors;
    const criteria = CRITERIA.length;
    this.codes = new Int32Array(mentors.length * criteria);
    this.representatives = [];
    this.offsets = [];
    let offset = 0;
    CRITERIA.forEach((id, c) => {
      const keyOf = CRITERION_MENTOR_KEYS[id];
      const seen = new Map<string, number>();
      const representatives: number[] = [];
      for (let i = 0; i < mentors.length; i++) {
        const key = keyOf(mentors[i]!);
        let code = seen.get(key);
        if (code === undefined) {
          code = representatives.length;
          seen.set(key, code);
          representatives.push(i);
        }
        this.codes[i * criteria + c] = offset + code;
      }
      this.representatives.push(representatives);
      this.offsets.push(offset);
      offset += representatives.length;
    });
    this.offsets.push(offset);
  }

  /**
   * Every mentor's score for `p` (scorePair's score), NaN where the pair is excluded: a hard
   * exclusion (`exclusionOf`, inactive, full) or a must-have not met.
   */
  scores(p: ParticipantFacts, weights: MatchingWeights, names: Namer, exclusionOf?: (m: MentorFacts) => MatchExclusionKind | null | undefined): Float64Array {
    const { mentors, codes, offsets } = this;
    const criteria = CRITERIA.length;
    const size = offsets[criteria]!;
    // Per distinct key: the effective weight, weight × points, and whether a must-have fails.
    const effective = new Float64Array(size);
    const weighted = new Float64Array(size);
    const failsMustHave = new Uint8Array(size);
    CRITERIA.forEach((id, c) => {
      const { weight, mustHave } = weights[id];
      const criterion = CRITERION_FUNCTIONS[id];
      const base = offsets[c]!;
      this.representatives[c]!.forEach((i, code) => {
        const r = criterion(p, mentors[i]!, names);
        const eff = weight * (r.weightFactor ?? 1);
        effective[base + code] = eff;
        weighted[base + code] = eff * r.points;
        failsMustHave[base + code] = mustHave && !r.met ? 1 : 0;
      });
    });
    const out = new Float64Array(mentors.length);
    for (let i = 0; i < mentors.length; i++) {
      const m = mentors[i]!;
      if (!m.active || m.openMatches >= m.capacity || (exclusionOf && exclusionOf(m))) {
        out[i] = Number.NaN;
        continue;
      }
      let total = 0;
      let max = 0;
      let fails = 0;
      for (let c = 0, k = i * criteria; c < criteria; c++, k++) {
        const code = codes[k]!;
        total += weighted[code]!;
        max += effective[code]!;
        fails |= failsMustHave[code]!;
      }
      out[i] = fails ? Number.NaN : max > 0 ? round1((100 * total) / max) : 0;
    }
    return out;
  }
}
