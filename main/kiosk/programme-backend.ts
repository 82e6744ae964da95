import { and, eq } from 'drizzle-orm';
import { attendance, consents, eventGuests } from '../../db/schema/index.ts';
import { openWithPassphrase, readKeySlots } from '../../db/vault/keyslots.ts';
import type { OpenVault } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { throttled, type SessionContext } from '../session/throttled.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { findEvent } from '../events/event-repository.ts';
import type { WalkInInput } from '../events/event-input.ts';
import { phoneTail } from '../events/hints.ts';
import { osloDate } from '../../shared/oslo-day.ts';
import { ContactDirectory, type PersonRef } from '../events/people-match.ts';
import { insertGuest, personColumns, rosterOf } from '../events/roster.ts';
import type { KioskHit } from '../events/types.ts';
import type { KioskBackend, WalkInUndo } from './backend.ts';
import { KIOSK_CONSENT_VERSION } from './consent-text.ts';
import { KioskIndex } from './kiosk-index.ts';
import { pickMatch } from './walk-in-match.ts';

function toHit(entry: { attendanceId: string; firstName: string; lastName: string; hint: string | null; personKind: KioskHit['personKind']; status: KioskHit['status']; checkedInAt: string | null }): KioskHit {
  const { attendanceId, firstName, lastName, hint, personKind, status, checkedInAt } = entry;
  return { attendanceId, firstName, lastName, hint, personKind, status, checkedInAt };
}

/** Records the walk-in's storage consent with the kiosk text's version (no transaction of its own); returns its id. */
export function recordWalkInConsent(db: OpenVault['db'], person: PersonRef, givenOn: string, staffId: string | null, textVersion = KIOSK_CONSENT_VERSION): string {
  const row = db
    .insert(consents)
    .values({ ...personColumns(person.kind, person.id), purpose: 'storage', lawfulBasis: 'consent', textVersion, method: 'kiosk', givenOn, staffId })
    .returning({ id: consents.id })
    .get();
  recordAudit(db, { staffId, action: 'create', entity: 'consents', entityId: row.id, details: { personId: person.id, fields: ['purpose', 'textVersion', 'method', 'givenOn'] } });
  return row.id;
}

/** True while any attendance row or consent still names the guest. */
function guestInUse(db: OpenVault['db'], guestId: string): boolean {
  return (
    db.select({ id: attendance.id }).from(attendance).where(eq(attendance.guestId, guestId)).get() !== undefined ||
    db.select({ id: consents.id }).from(consents).where(eq(consents.guestId, guestId)).get() !== undefined
  );
}

/** The kiosk against the open programme: each check-in is its own committed transaction. */
export function programmeBackend(vault: OpenVault, eventId: string, staffId: string | null): KioskBackend {
  const { db } = vault;
  const event = findEvent(db, eventId);
  const index = new KioskIndex(rosterOf(db, eventId).map(toHit));
  return {
    mode: 'kiosk',
    event: { eventId, title: event.title, startsAt: event.startsAt },
    index,
    checkIn(attendanceId, at) {
      db.transaction(() => {
        const changed = db
          .update(attendance)
          .set({ status: 'attended', checkedInAt: at, staffId })
          .where(and(eq(attendance.id, attendanceId), eq(attendance.eventId, eventId)))
          .run().changes;
        if (changed !== 1) throw new KobleError('API_NOT_FOUND', 'That person is not on the roster of this event', { attendanceId });
        recordAudit(db, { staffId, action: 'update', entity: 'attendance', entityId: attendanceId, details: { eventId, status: 'attended', via: 'kiosk' } });
      });
    },
    undoCheckIn(attendanceId, previousStatus) {
      db.transaction(() => {
        db.update(attendance).set({ status: previousStatus, checkedInAt: null }).where(eq(attendance.id, attendanceId)).run();
        recordAudit(db, { staffId, action: 'update', entity: 'attendance', entityId: attendanceId, details: { eventId, status: previousStatus, via: 'kiosk_undo' } });
      });
    },
    walkIn(input: WalkInInput, at) {
      return db.transaction(() => {
        const found = ContactDirectory.load(db).find(input.email, input.phone);
        const rowOf = (p: PersonRef) =>
          db.select().from(attendance).where(and(eq(attendance.eventId, eventId), eq(attendance[`${p.kind}Id`], p.id))).get();
        let person = pickMatch(found, input, (p) => rowOf(p) !== undefined);
        const matched = person !== null;
        let createdGuestId: string | null = null;
        if (!person) {
          createdGuestId = insertGuest(db, { firstName: input.firstName, lastName: input.lastName, email: input.email, phone: input.phone, claimedRole: input.role === 'guest' ? null : input.role }, staffId);
          person = { kind: 'guest', id: createdGuestId, firstName: input.firstName, lastName: input.lastName };
        }
        const consentId = recordWalkInConsent(db, person, osloDate(at), staffId);
        const existing = rowOf(person);
        let attendanceId: string;
        let checkedInAt = at;
        let undo: WalkInUndo | null = null;
        if (existing?.status === 'attended') {
          attendanceId = existing.id;
          checkedInAt = existing.checkedInAt ?? at;
        } else if (existing) {
          attendanceId = existing.id;
          db.update(attendance).set({ status: 'attended', checkedInAt: at, staffId }).where(eq(attendance.id, existing.id)).run();
          undo = { createdRow: false, previousStatus: existing.status, createdGuestId, consentId };
        } else {
          attendanceId = db
            .insert(attendance)
            .values({ eventId, ...personColumns(person.kind, person.id), status: 'attended', checkedInAt: at, source: 'walk_in', staffId })
            .returning({ id: attendance.id })
            .get().id;
          undo = { createdRow: true, previousStatus: 'registered', createdGuestId, consentId };
        }
        recordAudit(db, { staffId, action: 'update', entity: 'attendance', entityId: attendanceId, details: { eventId, status: 'attended', via: 'walk_in', matched, candidates: found.length } });
        const fromRoster = rosterOf(db, eventId, new Set([attendanceId]))[0];
        const hint = fromRoster ? fromRoster.hint : phoneTail(input.phone);
        const hit: KioskHit = fromRoster
          ? { ...toHit(fromRoster), hint, checkedInAt }
          : { attendanceId, firstName: person.firstName, lastName: person.lastName, hint, personKind: person.kind, status: 'attended', checkedInAt };
        return { hit, undo };
      });
    },
    undoWalkIn(attendanceId, undo) {
      return db.transaction(() => {
        if (undo.createdRow) {
          db.delete(attendance).where(and(eq(attendance.id, attendanceId), eq(attendance.eventId, eventId))).run();
          recordAudit(db, { staffId, action: 'delete', entity: 'attendance', entityId: attendanceId, details: { eventId, via: 'kiosk_undo' } });
        } else {
          db.update(attendance).set({ status: undo.previousStatus, checkedInAt: null }).where(eq(attendance.id, attendanceId)).run();
          recordAudit(db, { staffId, action: 'update', entity: 'attendance', entityId: attendanceId, details: { eventId, status: undo.previousStatus, via: 'kiosk_undo' } });
        }
        if (undo.consentId) {
          db.delete(consents).where(eq(consents.id, undo.consentId)).run();
          recordAudit(db, { staffId, action: 'delete', entity: 'consents', entityId: undo.consentId, details: { via: 'kiosk_undo' } });
        }
        if (undo.createdGuestId && !guestInUse(db, undo.createdGuestId)) {
          db.delete(eventGuests).where(eq(eventGuests.id, undo.createdGuestId)).run();
          recordAudit(db, { staffId, action: 'delete', entity: 'event_guests', entityId: undo.createdGuestId, details: { via: 'kiosk_undo' } });
        }
        return undo.createdRow ? 'removed' : 'restored';
      });
    },
    async verifyLeave(ctx: SessionContext, passphrase: string) {
      await throttled(ctx, vault.path, async () => {
        const opened = await openWithPassphrase(readKeySlots(vault.path), passphrase);
        if (!opened) throw new KobleError('VAULT_WRONG_PASSPHRASE', 'Wrong passphrase');
        opened.dataKey.fill(0);
        recordAudit(db, { staffId: opened.slot.staffId, action: 'update', entity: 'kiosk', entityId: eventId, details: { left: true } });
      });
    },
    close() {},
  };
}
