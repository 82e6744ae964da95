/**
 * Growing delay after repeated failed unlocks of a file: the first two failures are free, then
 * 1 s, 2 s, 4 s … up to 30 s before the next attempt is answered. Counted here per process and,
 * for programme files, also in the user's config folder (failed-attempts.ts), never in the
 * programme files: a failed attempt must leave them byte-identical.
 */
export const FREE_FAILURES = 2;
export const MAX_DELAY_MS = 30_000;

export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES - 1));
}

export class UnlockThrottle {
  private readonly failures = new Map<string, number>();
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `attempt` after every earlier attempt on `key` has finished. Without this, parallel
   * attempts would all read the same delay and be tried at once, and the delay would not grow.
   */
  async oneAtATime<T>(key: string, attempt: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.then(attempt);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** How long to wait before trying `key` again. */
  delayFor(key: string): number {
    return delayAfterFailures(this.failures.get(key) ?? 0);
  }

  failed(key: string): number {
    const failures = (this.failures.get(key) ?? 0) + 1;
    this.failures.set(key, failures);
    return failures;
  }

  /** Takes over failures counted elsewhere (another process), when they are more than this one knows. */
  atLeast(key: string, failures: number): void {
    if (failures > (this.failures.get(key) ?? 0)) this.failures.set(key, failures);
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }
}
