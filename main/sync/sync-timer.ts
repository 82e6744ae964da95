import type { Session } from '../session/session.ts';
import { chosenFolder, syncNow } from './sync-now.ts';

export const SYNC_EVERY_MS = 5 * 60_000;
/** Only after this long without the user doing anything, so a sync never runs under their hands. */
export const SYNC_IDLE_MS = 30_000;

export type SyncTimerOptions = {
  everyMs?: number;
  idleMs?: number;
  /** the timer (tests inject their own tick); returns a stop function */
  every?: (ms: number, tick: () => void) => () => void;
  now?: () => Date;
};

const realEvery = (ms: number, tick: () => void) => {
  const timer = setInterval(tick, ms);
  timer.unref?.();
  return () => clearInterval(timer);
};

/**
 * Syncs a shared programme with its chosen folder at unlock and then every few minutes while it
 * stays unlocked and the user is idle; nothing runs while locked, in kiosk mode or before a
 * folder is chosen. Lives as long as the session (the host starts it next to the auto-lock timer).
 * A failed round is kept for the Deling screen (syncNow) and tried again at the next tick.
 */
export function startSyncTimer(session: Session, options: SyncTimerOptions = {}): () => void {
  const now = options.now ?? (() => new Date());
  const round = (requireIdle: boolean) => {
    if (!session.unlocked || session.kiosk) return;
    if (requireIdle && session.autoLock.idleMs() < (options.idleMs ?? SYNC_IDLE_MS)) return;
    const vault = session.requireVault();
    if (!chosenFolder(vault)) return;
    try {
      syncNow(vault, now());
    } catch {
      // kept by syncNow for the screen; the next tick tries again
    }
  };
  const stopTimer = (options.every ?? realEvery)(options.everyMs ?? SYNC_EVERY_MS, () => round(true));
  const stopListening = session.onOpen(() => round(false));
  return () => {
    stopTimer();
    stopListening();
  };
}
