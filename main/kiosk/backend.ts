import type { WalkInInput } from '../events/event-input.ts';
import type { KioskHit } from '../events/types.ts';
import type { SessionContext } from '../session/throttled.ts';
import type { KioskIndex } from './kiosk-index.ts';

export type KioskEvent = { eventId: string; title: string; startsAt: string };

/** What one walk-in changed, so that its undo takes back that and nothing else. */
export type WalkInUndo = {
  /** The walk-in added the row (they were not on the roster); otherwise it was checked in from this status. */
  createdRow: boolean;
  previousStatus: KioskHit['status'];
  /** The guest created at the door, removed again unless something else refers to it by then. */
  createdGuestId: string | null;
  /** The consent the walk-in form recorded. */
  consentId: string | null;
};

/** Where the kiosk's check-ins go: the open programme, or an event kit file. Every write is committed before it returns. */
export interface KioskBackend {
  readonly mode: 'kiosk' | 'kit';
  readonly event: KioskEvent;
  readonly index: KioskIndex;
  /** Marks the row attended at `at`; the caller has checked it is not attended yet. */
  checkIn(attendanceId: string, at: string): void;
  /** Back to the status it had before the check-in. */
  undoCheckIn(attendanceId: string, previousStatus: KioskHit['status']): void;
  /**
   * Matches or creates the person, records the consent, checks in at `at`. `undo` says what it
   * changed, for undoWalkIn; null when the person was already checked in (nothing changed).
   */
  walkIn(input: WalkInInput, at: string): { hit: KioskHit; undo: WalkInUndo | null };
  /** Takes back exactly what one walk-in changed; 'removed' when its row is gone from the roster. */
  undoWalkIn(attendanceId: string, undo: WalkInUndo): 'removed' | 'restored';
  /** Throws VAULT_WRONG_PASSPHRASE unless `passphrase` may end the kiosk (throttled). */
  verifyLeave(ctx: SessionContext, passphrase: string): Promise<void>;
  close(): void;
}
