import { randomUUID } from 'node:crypto';
import { KobleError } from '../../db/errors.ts';
import { throttled, type SessionContext } from '../session/throttled.ts';
import type { WalkInInput } from '../events/event-input.ts';
import { phoneTail } from '../events/hints.ts';
import { emailKey, phoneKey } from '../events/people-match.ts';
import type { KioskHit } from '../events/types.ts';
import type { KioskBackend } from '../kiosk/backend.ts';
import { KIOSK_CONSENT_VERSION } from '../kiosk/consent-text.ts';
import { KioskIndex } from '../kiosk/kiosk-index.ts';
import { sameName } from '../kiosk/walk-in-match.ts';
import { openKitFile } from './kit-file.ts';
import { readRoster, readWalkIns } from './kit-rows.ts';

type WalkInRow = { id: string; firstName: string; lastName: string; email: string | null; phone: string | null; role: 'participant' | 'mentor' | 'guest'; checkedInAt: string | null };

function walkInHit(row: WalkInRow): KioskHit {
  return {
    attendanceId: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    hint: phoneTail(row.phone),
    personKind: row.role,
    status: row.checkedInAt ? 'attended' : 'registered',
    checkedInAt: row.checkedInAt,
  };
}

const WALK_INS = `select id, first_name as firstName, last_name as lastName, email, phone, role, checked_in_at as checkedInAt from walk_ins`;

/**
 * The kiosk against a kit file (kit mode). Every check-in, undo and walk-in is one committed,
 * fsynced statement in the kit before the kiosk answers, so a killed process loses none.
 */
export async function openKitBackend(ctx: SessionContext, path: string, passphrase: string): Promise<KioskBackend> {
  const kit = await throttled(ctx, path, () => openKitFile(path, passphrase));
  const { db, meta } = kit;
  let index: KioskIndex;
  try {
    // Checked row by row: a kit changed with its passphrase, or damaged, is refused (KIT_UNREADABLE).
    const roster: KioskHit[] = readRoster(db).map(({ attendanceId, firstName, lastName, hint, personKind, status, checkedInAt }) => ({ attendanceId, firstName, lastName, hint, personKind, status, checkedInAt }));
    index = new KioskIndex([...roster, ...readWalkIns(db).map(walkInHit)]);
  } catch (error) {
    kit.close();
    throw error;
  }
  const isWalkIn = (id: string) => db.prepare('select 1 from walk_ins where id = ?').get(id) !== undefined;
  return {
    mode: 'kit',
    event: { eventId: meta.eventId, title: meta.title, startsAt: meta.startsAt },
    index,
    checkIn(attendanceId, at) {
      const changes = isWalkIn(attendanceId)
        ? db.prepare('update walk_ins set checked_in_at = ? where id = ?').run(at, attendanceId).changes
        : db.prepare(`update roster set status = 'attended', checked_in_at = ?, check_in_id = ? where attendance_id = ?`).run(at, randomUUID(), attendanceId).changes;
      if (changes !== 1) throw new KobleError('API_NOT_FOUND', 'That person is not on the roster of this event', { attendanceId });
    },
    undoCheckIn(attendanceId, previousStatus) {
      if (isWalkIn(attendanceId)) db.prepare('update walk_ins set checked_in_at = null where id = ?').run(attendanceId);
      else db.prepare('update roster set status = ?, checked_in_at = null, check_in_id = null where attendance_id = ?').run(previousStatus, attendanceId);
    },
    walkIn(input: WalkInInput, at) {
      const keys = new Set([emailKey(input.email), phoneKey(input.phone)].filter((k): k is string => k !== null));
      // The same walk-in again: same contact and the same folded name (another name is another person).
      const same = (db.prepare(WALK_INS).all() as WalkInRow[]).find(
        (row) => [emailKey(row.email), phoneKey(row.phone)].some((k) => k !== null && keys.has(k)) && sameName(row, input),
      );
      if (same) {
        if (same.checkedInAt) return { hit: walkInHit(same), undo: null };
        db.prepare('update walk_ins set checked_in_at = ? where id = ?').run(at, same.id);
        return { hit: walkInHit({ ...same, checkedInAt: at }), undo: { createdRow: false, previousStatus: 'registered', createdGuestId: null, consentId: null } };
      }
      const row: WalkInRow = { id: randomUUID(), firstName: input.firstName, lastName: input.lastName, email: input.email, phone: input.phone, role: input.role, checkedInAt: at };
      db.prepare(
        `insert into walk_ins (id, first_name, last_name, email, phone, role, consent_version, consent_at, checked_in_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(row.id, row.firstName, row.lastName, row.email, row.phone, row.role, KIOSK_CONSENT_VERSION, at, at);
      return { hit: walkInHit(row), undo: { createdRow: true, previousStatus: 'registered', createdGuestId: null, consentId: null } };
    },
    /** A walk-in row this kiosk added is deleted (name, contact and consent leave the kit); an older one goes back to not checked in. */
    undoWalkIn(attendanceId, undo) {
      if (undo.createdRow) {
        db.prepare('delete from walk_ins where id = ?').run(attendanceId);
        return 'removed';
      }
      db.prepare('update walk_ins set checked_in_at = null where id = ?').run(attendanceId);
      return 'restored';
    },
    async verifyLeave(leaveCtx, candidate) {
      await throttled(leaveCtx, path, async () => {
        if (!(await kit.verify(candidate))) throw new KobleError('VAULT_WRONG_PASSPHRASE', 'Wrong kit passphrase');
      });
    },
    close() {
      kit.close();
    },
  };
}
