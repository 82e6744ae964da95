import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { followUps, matches, mentors, OPEN_MATCH_STATUSES, participants } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { fullName } from './person.ts';
import { ENDED_STAGES, type RetentionCandidate } from './retention-rules.ts';

/**
 * People whose programme has ended and who are not erased, with the date it ended:
 * - a participant in completed, followed_up or dropped_out: the date of that stage;
 * - an inactive mentor with no open match: the latest of registration, a match's end (or start)
 *   and a follow-up with them.
 */
export function retentionCandidates(db: KobleDb): RetentionCandidate[] {
  const ended = db
    .select({ id: participants.id, firstName: participants.firstName, lastName: participants.lastName, endedOn: participants.stageChangedOn })
    .from(participants)
    .where(and(isNull(participants.erasedAt), inArray(participants.stage, [...ENDED_STAGES])))
    .all()
    .map((p) => ({ id: p.id, kind: 'participant' as const, name: fullName(p), endedOn: p.endedOn }));

  const lastMatch = sql<string | null>`(select max(coalesce(${matches.endedOn}, ${matches.startedOn}, ${matches.proposedOn})) from ${matches} where ${matches.mentorId} = ${mentors.id})`;
  const lastFollowUp = sql<string | null>`(select max(${followUps.contactedOn}) from ${followUps} where ${followUps.mentorId} = ${mentors.id})`;
  const openMatch = sql`exists (select 1 from ${matches} where ${matches.mentorId} = ${mentors.id} and ${inArray(matches.status, [...OPEN_MATCH_STATUSES])})`;
  const inactive = db
    .select({ id: mentors.id, firstName: mentors.firstName, lastName: mentors.lastName, registeredOn: mentors.registeredOn, lastMatch, lastFollowUp })
    .from(mentors)
    .where(and(isNull(mentors.erasedAt), eq(mentors.active, false), sql`not ${openMatch}`))
    .all()
    .map((m) => ({
      id: m.id,
      kind: 'mentor' as const,
      name: fullName(m),
      endedOn: [m.registeredOn, m.lastMatch, m.lastFollowUp].filter((d): d is string => typeof d === 'string').map((d) => d.slice(0, 10)).sort().at(-1)!,
    }));
  return [...ended, ...inactive];
}
