import { KobleError } from '../../../db/errors.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { prepared } from '../../../db/sqlite-client.ts';

/**
 * Refuses a match or placement write when the participant or the mentor it concerns has been
 * erased (PRIVACY_ALREADY_ERASED, details: the person's id and erasure instant): goals, topics,
 * end reasons, supervisors and notes must not be written back onto an anonymous stub. An id with
 * no row is left to the caller's own API_NOT_FOUND.
 */
export function refuseErased(db: KobleDb, people: { participantId?: string | undefined; mentorId?: string | undefined }): void {
  const check = (table: 'participants' | 'mentors', id: string | undefined) => {
    if (id === undefined) return;
    const row = prepared(db, `select erased_at as erasedAt from ${table} where id = ?`).get(id) as { erasedAt: string | null } | undefined;
    if (row?.erasedAt) {
      throw new KobleError('PRIVACY_ALREADY_ERASED', `This ${table === 'participants' ? 'participant' : 'mentor'} has been erased`, { id, erasedAt: row.erasedAt });
    }
  };
  check('participants', people.participantId);
  check('mentors', people.mentorId);
}
