import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { readProgrammeSettings } from '../settings/programme-settings.ts';
import { availableMentors, exclusionsFor, pairKey, participantFacts, type MatchingMentor, type MatchingParticipant } from './facts.ts';
import { namesFor, type MatchingLanguage } from './names.ts';
import { MentorIndex, scorePair, type BreakdownItem } from './score.ts';
import type { MatchExclusionKind } from '../../db/schema/index.ts';
import type { MatchingWeights } from './weights.ts';

export type Suggestion = {
  mentorId: string;
  mentorName: string;
  employerName: string | null;
  /** 0–100, one decimal. */
  score: number;
  breakdown: BreakdownItem[];
};

const nameOrder = new Intl.Collator('nb');

/** A score's place among the tenths 0–1000 (anything else, which scorePair never gives, at the ends); NaN → −1. */
function bucket(score: number): number {
  if (Number.isNaN(score)) return -1;
  return Math.min(1001, Math.max(0, Math.round(score * 10)));
}

/**
 * The ranked candidates for one participant (pure): every mentor scored, the excluded ones
 * (declined, never, inactive, full, a must-have not met) left out, best first; ties by name.
 * Scores come from a MentorIndex (pass a cached one for the same mentors, or one is built); only
 * the `top` candidates (and the ties at the cut) get the full breakdown.
 */
export function rankMentors(
  participant: MatchingParticipant,
  mentors: readonly MatchingMentor[],
  weights: MatchingWeights,
  exclusions: ReadonlyMap<string, MatchExclusionKind>,
  top: number,
  language: MatchingLanguage = 'nb',
  index: MentorIndex = new MentorIndex(mentors),
): Suggestion[] {
  if (index.mentors !== mentors) throw new Error('rankMentors: the index was built for other mentors');
  const names = namesFor(language);
  const exclusionOf = (m: MatchingMentor) => exclusions.get(pairKey(participant.id, m.id)) ?? null;
  // This participant's excluded mentors by id: no pair key built per mentor.
  const prefix = pairKey(participant.id, '');
  const excluded = new Map<string, MatchExclusionKind>();
  for (const [key, kind] of exclusions) if (key.startsWith(prefix)) excluded.set(key.slice(prefix.length), kind);
  const scores = index.scores(participant, weights, names, excluded.size > 0 ? (m) => excluded.get(m.id) : undefined);
  // The cut: the top-th best score, found by counting (scores are 0–100 in tenths); every
  // candidate at or above it is then ordered in full (ties by name).
  if (top <= 0) return [];
  const tenths = new Int32Array(1002);
  let valid = 0;
  for (let i = 0; i < scores.length; i++) {
    const b = bucket(scores[i]!);
    if (b < 0) continue;
    tenths[b] = tenths[b]! + 1;
    valid++;
  }
  if (valid === 0) return [];
  let cut = 1001;
  for (let seen = 0; cut > 0 && seen + tenths[cut]! < top; cut--) seen += tenths[cut]!;
  const candidates: number[] = [];
  for (let i = 0; i < scores.length; i++) if (bucket(scores[i]!) >= cut) candidates.push(i);
  candidates.sort((a, b) => {
    const ma = mentors[a]!;
    const mb = mentors[b]!;
    return scores[b]! - scores[a]! || nameOrder.compare(ma.name, mb.name) || ma.id.localeCompare(mb.id);
  });
  return candidates.slice(0, top).map((i) => {
    const m = mentors[i]!;
    const { score, breakdown } = scorePair(participant, m, weights, names, { exclusion: exclusionOf(m) });
    return { mentorId: m.id, mentorName: m.name, employerName: m.employerName, score: score!, breakdown };
  });
}

/** `matching.suggest`: refuses a participant who is erased or already in an open match (MATCHING_ALREADY_MATCHED). */
export function suggestMentors(db: KobleDb, participantId: string, top: number, language: MatchingLanguage = 'nb'): Suggestion[] {
  const participant = participantFacts(db, participantId);
  if (!participant) throw new KobleError('API_NOT_FOUND', 'No such participant', { id: participantId });
  if (participant.erased) throw new KobleError('API_CONFLICT', 'This participant has been erased', { id: participantId });
  if (participant.openMatches > 0) {
    throw new KobleError('MATCHING_ALREADY_MATCHED', 'This participant already has an open match', { id: participantId, openMatches: participant.openMatches });
  }
  const { matchingWeights } = readProgrammeSettings(db);
  const { mentors, index } = availableMentors(db);
  return rankMentors(participant, mentors, matchingWeights, exclusionsFor(db, [participantId]), top, language, index);
}
