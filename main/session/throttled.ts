import { KobleError } from '../../db/errors.ts';
import { storedFailures, storeFailures } from '../vault/failed-attempts.ts';
import type { UnlockThrottle } from '../vault/unlock-throttle.ts';

/**
 * What a throttled unlock attempt needs from its caller: the session's throttle and clock (an API
 * call's context has them), and the app's data folder where failures are kept across processes.
 */
export type SessionContext = { session: { readonly throttle: UnlockThrottle; readonly sleep: (ms: number) => Promise<void> }; host?: { readonly dataDir: string } };

/**
 * Waits out the growing delay, then runs an unlock attempt and counts a wrong secret. Attempts on
 * one file run one at a time, so parallel guesses each wait their own, growing, delay.
 */
export function throttled<T>(ctx: SessionContext, file: string, attempt: () => Promise<T>): Promise<T> {
  const { throttle } = ctx.session;
  const dataDir = ctx.host?.dataDir;
  return throttle.oneAtATime(file, async () => {
    // Failures counted by earlier processes (the CLI run again, the app restarted) count here too.
    if (dataDir) throttle.atLeast(file, storedFailures(dataDir, file));
    const delay = throttle.delayFor(file);
    if (delay > 0) await ctx.session.sleep(delay);
    try {
      const result = await attempt();
      throttle.succeeded(file);
      if (dataDir) storeFailures(dataDir, file, 0);
      return result;
    } catch (error) {
      if (error instanceof KobleError && (error.code === 'VAULT_WRONG_PASSPHRASE' || error.code === 'VAULT_WRONG_RECOVERY_KEY')) {
        const failures = throttle.failed(file);
        if (dataDir) storeFailures(dataDir, file, failures);
      }
      throw error;
    }
  });
}
