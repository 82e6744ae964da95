import { eq } from 'drizzle-orm';
import { mentors, participants, type Mentor, type Participant } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';

/** A person the privacy rules apply to: consents and erasure reference participants or mentors. */
export type PersonKind = 'participant' | 'mentor';

export type PersonRecord =
  | { kind: 'participant'; id: string; row: Participant }
  | { kind: 'mentor'; id: string; row: Mentor };

/** Finds the participant or mentor with this id (ids are UUIDs, unique across both tables). */
export function findPerson(db: KobleDb, personId: string): PersonRecord {
  const participant = db.select().from(participants).where(eq(participants.id, personId)).get();
  if (participant) return { kind: 'participant', id: personId, row: participant };
  const mentor = db.select().from(mentors).where(eq(mentors.id, personId)).get();
  if (mentor) return { kind: 'mentor', id: personId, row: mentor };
  throw new KobleError('API_NOT_FOUND', 'No participant or mentor has that id');
}

/** Like findPerson, but refuses a person who is already an anonymous stub. */
export function findLivingPerson(db: KobleDb, personId: string): PersonRecord {
  const person = findPerson(db, personId);
  if (person.row.erasedAt) throw new KobleError('PRIVACY_ALREADY_ERASED', 'This person has already been erased', { erasedAt: person.row.erasedAt });
  return person;
}

export function fullName(row: { firstName: string; lastName: string }): string {
  return `${row.firstName} ${row.lastName}`.trim().replace(/\s+/g, ' ');
}
