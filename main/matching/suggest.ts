import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { readProgrammeSettings } from '../settings/programme-settings.ts';
import { exclusionsFor, mentorFacts, pairKey, participantFacts, type MatchingMentor, type MatchingParticipant } from './facts.ts';
import { namesFor, type MatchingLanguage } from './names.ts';
import { scorePair, type BreakdownItem } from './score.ts';
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

/**
 * The ranked candidates for one participant (pure): every mentor scored, the excluded ones
 * (declined, never, inactive, full, a must-have not met) left out, best first; ties by name.
 */
export function rankMentors(
  participant: MatchingParticipant,
  mentors: readonly MatchingMentor[],
  weights: MatchingWeights,
  exclusions: ReadonlyMap<string, MatchExclusionKind>,
  top: number,
  language: MatchingLanguage = 'nb',
): Suggestion[] {
  const names = namesFor(language);
  const ranked: Suggestion[] = [];
  for (const m of mentors) {
    const exclusion = exclusions.get(pairKey(participant.id, m.id)) ?? null;
    if (exclusion || !m.active || m.openMatches >= m.capacity) continue;
    const { score, breakdown } = scorePair(participant, m, weights, names, { exclusion });
    if (score === null) continue;
    ranked.push({ mentorId: m.id, mentorName: m.name, employerName: m.employerName, score, breakdown });
  }
  ranked.sort((a, b) => b.score - a.score || a.mentorName.localeCompare(b.mentorName, 'nb') || a.mentorId.localeCompare(b.mentorId));
  return ranked.slice(0, top);
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
  return rankMentors(participant, mentorFacts(db, { onlyAvailable: true }), matchingWeights, exclusionsFor(db, [participantId]), top, language);
}
