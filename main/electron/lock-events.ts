import type { Session } from '../session/session.ts';
import { LOCKED_CHANNEL } from '../../preload/channels.ts';

/** powerMonitor, narrowed to the two events that lock the programme. */
export type PowerEvents = {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  removeListener(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
};

type LockingSession = Pick<Session, 'lock' | 'onLock' | 'startAutoLockTimer'>;

/**
 * Locks on OS suspend and screen lock, runs the idle auto-lock timer, and after every lock
 * (whatever caused it) tells the renderer on the 'koble:locked' channel, so it shows the unlock
 * screen. `notify` sends to the window's webContents if there is a window.
 */
export function bindLockEvents(powerMonitor: PowerEvents, session: LockingSession, notify: (channel: string) => void): () => void {
  const lockNow = (): void => session.lock();
  powerMonitor.on('suspend', lockNow);
  powerMonitor.on('lock-screen', lockNow);
  const stopTimer = session.startAutoLockTimer();
  const stopListening = session.onLock(() => notify(LOCKED_CHANNEL));
  return () => {
    powerMonitor.removeListener('suspend', lockNow);
    powerMonitor.removeListener('lock-screen', lockNow);
    stopTimer();
    stopListening();
  };
}
