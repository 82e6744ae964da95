import { call } from './client.ts';

export const TOUCH_INTERVAL_MS = 30_000;

/**
 * Tells main the user is active (keys, pointer) so auto-lock waits, at most once per 30 s.
 * Returns a function that stops listening.
 */
export function watchActivity(isUnlocked: () => boolean, now: () => number = Date.now): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const onActivity = () => {
    if (!isUnlocked() || now() - last < TOUCH_INTERVAL_MS) return;
    last = now();
    call('vault.touch', {}).catch(() => {
      // A failed touch (already locked) is picked up by the status poll.
    });
  };
  window.addEventListener('keydown', onActivity, { capture: true, passive: true });
  window.addEventListener('pointerdown', onActivity, { capture: true, passive: true });
  return () => {
    window.removeEventListener('keydown', onActivity, { capture: true });
    window.removeEventListener('pointerdown', onActivity, { capture: true });
  };
}
