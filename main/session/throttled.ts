import { KobleError } from '../../db/errors.ts';
import type { UnlockThrottle } from '../vault/unlock-throttle.ts';

/** What a throttled unlock attempt needs from its caller: the session's throttle and clock (an API call's context has them). */
export type SessionContext = { session: { readonly throttle: UnlockThrottle; readonly sleep: (ms: number) => Promise<void> } };

/**
 * Waits out the growing delay, then runs an unlock attempt and counts a wrong secret. Attempts on
 * one file run one at a time, so parallel guesses each wait their own, growing, delay.
 */
export function throttled<T>(ctx: SessionContext, file: string, attempt: () => Promise<T>): Promise<T> {
  const { throttle } = ctx.session;
  return throttle.oneAtATime(file, async () => {
    const delay = throttle.delayFor(file);
    if (delay > 0) await ctx.session.sleep(delay);
    try {
      const result = await attempt();
      throttle.succeeded(file);
      return result;
    } catch (error) {
      if (error instanceof KobleError && (error.code === 'VAULT_WRONG_PASSPHRASE' || error.code === 'VAULT_WRONG_RECOVERY_KEY')) {
        throttle.failed(file);
      }
      throw error;
    }
  });
}
