import type { WalkInInput } from '../events/event-input.ts';
import type { KioskHit } from '../events/types.ts';
import type { ApiContext } from '../api/method.ts';
import type { KioskIndex } from './kiosk-index.ts';

export type KioskEvent = { eventId: string; title: string; startsAt: string };

/** Where the kiosk's check-ins go: the open programme, or an event kit file. Every write is committed before it returns. */
export interface KioskBackend {
  readonly mode: 'kiosk' | 'kit';
  readonly event: KioskEvent;
  readonly index: KioskIndex;
  /** Marks the row attended at `at`; the caller has checked it is not attended yet. */
  checkIn(attendanceId: string, at: string): void;
  /** Back to the status it had before the check-in. */
  undoCheckIn(attendanceId: string, previousStatus: KioskHit['status']): void;
  /** Matches or creates the person, records the consent, checks in at `at`. */
  walkIn(input: WalkInInput, at: string): KioskHit;
  /** Throws VAULT_WRONG_PASSPHRASE unless `passphrase` may end the kiosk (throttled). */
  verifyLeave(ctx: ApiContext, passphrase: string): Promise<void>;
  close(): void;
}
