import type { KobleDb } from '../../../db/vault/vault.ts';
import { KobleError } from '../../../db/errors.ts';
import { prepared } from '../../../db/sqlite-client.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { exclusionsFor, mentorFacts, pairKey, participantFacts } from '../facts.ts';
import { acceptMatch } from '../lifecycle/match-lifecycle.ts';
import { namesFor, type MatchingLanguage } from '../names.ts';
import { scorePair, type ExclusionReason } from '../score.ts';
import { PLAN_STAGES } from './load.ts';
import type { PlanPairRef } from './draft.ts';

/** Why a pair of a draft can no longer be approved (plan.reason.* in the locales). */
export type RefusalReason = ExclusionReason | 'participantMissing' | 'mentorMissing' | 'notReady' | 'duplicateParticipant';

export type RefusedPair = PlanPairRef & { participantName: string | null; mentorName: string | null; reasons: RefusalReason[] };

export type ApprovedMatch = PlanPairRef & { matchId: string; score: number };

/**
 * Checks every pair against the programme as it is now, counting the places the earlier pairs of
 * the same batch take: a participant erased, matched meanwhile or no longer ready; a mentor
 * inactive, full or unknown; a pair excluded; a must-have not met; one participant twice.
 */
export function refusedPairs(db: KobleDb, pairs: readonly PlanPairRef[], language: MatchingLanguage): RefusedPair[] {
  const { matchingWeights } = readProgrammeSettings(db);
  const names = namesFor(language);
  const exclusions = exclusionsFor(db, pairs.map((p) => p.participantId));
  const mentors = new Map(mentorFacts(db).map((m) => [m.id, m]));
  const takenInBatch = new Map<string, number>();
  const seen = new Set<string>();
  const refused: RefusedPair[] = [];
  for (const pair of pairs) {
    const participant = participantFacts(db, pair.participantId);
    const mentor = mentors.get(pair.mentorId);
    const reasons: RefusalReason[] = [];
    if (!participant || participant.erased) reasons.push('participantMissing');
    if (!mentor) reasons.push('mentorMissing');
    if (seen.has(pair.participantId)) reasons.push('duplicateParticipant');
    seen.add(pair.participantId);
    if (participant && !participant.erased && participant.openMatches === 0 && !(PLAN_STAGES as readonly string[]).includes(participant.stage)) reasons.push('notReady');
    if (participant && !participant.erased && mentor) {
      const taken = takenInBatch.get(mentor.id) ?? 0;
      const { excludedBy } = scorePair(participant, { ...mentor, openMatches: mentor.openMatches + taken }, matchingWeights, names, {
        exclusion: exclusions.get(pairKey(participant.id, mentor.id)) ?? null,
        participantMatched: participant.openMatches > 0,
      });
      reasons.push(...excludedBy);
      if (excludedBy.length === 0) takenInBatch.set(mentor.id, taken + 1);
    }
    if (reasons.length > 0) refused.push({ ...pair, participantName: participant && !participant.erased ? participant.name : null, mentorName: mentor?.name ?? null, reasons });
  }
  return refused;
}

/**
 * `matching.approvePlan`: all pairs or none, in one transaction. Refused as a whole
 * (MATCHING_PLAN_REFUSED, details.refused: each refused pair with its reasons) when any pair is no
 * longer allowed; data unchanged. Otherwise each pair is accepted as `matching.accept` does:
 * scored again now, the score and breakdown stored, the match at koblingsmøte, the participant's
 * stage → intro_meeting, audit entries.
 */
export function approvePlan(db: KobleDb, pairs: readonly PlanPairRef[], staffId: string | null, today: string, language: MatchingLanguage = 'nb'): { matches: ApprovedMatch[] } {
  return db.transaction(() => {
    const refused = refusedPairs(db, pairs, language);
    if (refused.length > 0) {
      throw new KobleError('MATCHING_PLAN_REFUSED', `${refused.length} of ${pairs.length} pairs can no longer be approved; nothing was saved`, { refused });
    }
    const matches = pairs.map((pair) => {
      const { matchId } = acceptMatch(db, { participantId: pair.participantId, mentorId: pair.mentorId, language }, staffId, today);
      const { score } = prepared(db, 'select score from matches where id = ?').get(matchId) as { score: number };
      return { matchId, participantId: pair.participantId, mentorId: pair.mentorId, score };
    });
    return { matches };
  });
}
