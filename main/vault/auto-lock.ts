/**
 * Locks the programme after a number of idle minutes. Pure: the clock and the lock action are
 * given, so the rule is tested without timers; main/electron adds OS suspend and screen lock.
 */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export class AutoLock {
  private lastActivity: number;
  private minutes: number;
  private readonly now: () => number;
  private readonly lock: () => void;

  constructor(options: { minutes: number; now: () => number; lock: () => void }) {
    this.minutes = options.minutes;
    this.now = options.now;
    this.lock = options.lock;
    this.lastActivity = options.now();
  }

  /** The user did something. */
  touch(): void {
    this.lastActivity = this.now();
  }

  setMinutes(minutes: number): void {
    this.minutes = minutes;
  }

  /** Milliseconds since the user last did something. */
  idleMs(): number {
    return Math.max(0, this.now() - this.lastActivity);
  }

  /** Milliseconds until the lock, for a countdown or the next timer. */
  remainingMs(): number {
    return Math.max(0, this.lastActivity + this.minutes * 60_000 - this.now());
  }

  /** Called by a timer; locks and returns true when the idle time is up. */
  check(): boolean {
    if (this.remainingMs() > 0) return false;
    this.lock();
    return true;
  }
}
