import { KobleError } from '../../db/errors.ts';
import type { WalkInInput } from '../events/event-input.ts';
import type { AttendanceCounts, KioskHit } from '../events/types.ts';
import type { KioskBackend, KioskEvent, WalkInUndo } from './backend.ts';

/** How long a check-in can be taken back. */
export const UNDO_WINDOW_MS = 30_000;

/** What the walk-in form is told: its own input back, checked in, and whether that was already so. */
export type WalkInReply = KioskHit & { already: boolean };

export type KioskStatus = { mode: 'none' | 'kiosk' | 'kit'; eventId?: string; title?: string; startsAt?: string; counts?: AttendanceCounts };

/** A running kiosk: the rules at the door (no double check-in, undo within 30 s, consent for walk-ins) over either backend. */
export class KioskSession {
  /** What each check-in in this kiosk changed, for undo: the row's status before, or what a walk-in did. */
  private readonly before = new Map<string, { status: KioskHit['status']; walkIn?: WalkInUndo }>();

  readonly backend: KioskBackend;
  private readonly now: () => number;

  constructor(backend: KioskBackend, now: () => number = () => Date.now()) {
    this.backend = backend;
    this.now = now;
  }

  get mode(): 'kiosk' | 'kit' {
    return this.backend.mode;
  }

  get event(): KioskEvent {
    return this.backend.event;
  }

  search(query: string, limit: number): KioskHit[] {
    return this.backend.index.search(query, limit);
  }

  private row(attendanceId: string): KioskHit {
    const hit = this.backend.index.get(attendanceId);
    if (!hit) throw new KobleError('API_NOT_FOUND', 'That person is not on the roster of this event', { attendanceId });
    return hit;
  }

  checkIn(attendanceId: string): { result: 'checked_in' | 'already'; checkedInAt: string } {
    const hit = this.row(attendanceId);
    if (hit.status === 'attended') return { result: 'already', checkedInAt: hit.checkedInAt ?? '' };
    const at = new Date(this.now()).toISOString();
    this.backend.checkIn(attendanceId, at);
    this.before.set(attendanceId, { status: hit.status });
    this.backend.index.update(attendanceId, { status: 'attended', checkedInAt: at });
    return { result: 'checked_in', checkedInAt: at };
  }

  /**
   * Takes a check-in back within the undo window. After a walk-in it takes back what the walk-in
   * did: a row it added leaves the roster (null is returned) with the guest it created and the
   * consent it recorded; a row that was on the roster gets its status from before.
   */
  undo(attendanceId: string): KioskHit | null {
    const hit = this.row(attendanceId);
    const previous = this.before.get(attendanceId);
    const at = hit.checkedInAt ? Date.parse(hit.checkedInAt) : NaN;
    if (hit.status !== 'attended' || previous === undefined || !(this.now() - at <= UNDO_WINDOW_MS)) {
      throw new KobleError('KIOSK_UNDO_EXPIRED', 'This check-in can no longer be undone', { seconds: UNDO_WINDOW_MS / 1000 });
    }
    let outcome: 'removed' | 'restored' = 'restored';
    if (previous.walkIn) outcome = this.backend.undoWalkIn(attendanceId, previous.walkIn);
    else this.backend.undoCheckIn(attendanceId, previous.status);
    this.before.delete(attendanceId);
    if (outcome === 'removed') {
      this.backend.index.remove(attendanceId);
      return null;
    }
    this.backend.index.update(attendanceId, { status: previous.status, checkedInAt: null });
    return this.row(attendanceId);
  }

  /**
   * Checks a walk-in in. The reply holds only what the walk-in typed (never a stored name or hint; a
   * person is matched only by their own name and contact), and `already` when they were checked in before.
   */
  walkIn(input: WalkInInput): WalkInReply {
    if (!input.consent) throw new KobleError('KIOSK_CONSENT_REQUIRED', 'A walk-in must accept the consent text');
    const at = new Date(this.now()).toISOString();
    const { hit, undo } = this.backend.walkIn(input, at);
    this.backend.index.put(hit);
    if (undo) this.before.set(hit.attendanceId, { status: undo.previousStatus, walkIn: undo });
    return {
      attendanceId: hit.attendanceId,
      firstName: input.firstName,
      lastName: input.lastName,
      hint: null,
      personKind: hit.personKind,
      status: 'attended',
      checkedInAt: hit.checkedInAt ?? at,
      already: undo === null,
    };
  }

  status(): KioskStatus {
    return { mode: this.mode, ...this.event, counts: this.backend.index.counts() };
  }

  close(): void {
    this.backend.close();
  }
}
