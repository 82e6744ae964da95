import { expect, it } from 'vitest';
import { delayAfterFailures, UnlockThrottle } from './unlock-throttle.ts';

it('grows the delay after the free failures and caps it', () => {
  expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
  expect(delayAfterFailures(50)).toBe(30_000);
});

it('counts per file and forgets after a success', () => {
  const throttle = new UnlockThrottle();
  for (let i = 0; i < 4; i++) throttle.failed('a.koble');
  expect(throttle.delayFor('a.koble')).toBe(2000);
  expect(throttle.delayFor('b.koble')).toBe(0);
  throttle.succeeded('a.koble');
  expect(throttle.delayFor('a.koble')).toBe(0);
});

it('runs parallel attempts on one file one at a time, so each waits the delay its turn has earned', async () => {
  const throttle = new UnlockThrottle();
  const waited: number[] = [];
  const wrongGuess = () =>
    throttle.oneAtATime('a.koble', async () => {
      waited.push(throttle.delayFor('a.koble'));
      await new Promise((done) => setTimeout(done, 1));
      throttle.failed('a.koble');
      throw new Error('wrong');
    });
  const results = await Promise.allSettled([wrongGuess(), wrongGuess(), wrongGuess(), wrongGuess(), wrongGuess()]);
  expect(results.every((r) => r.status === 'rejected')).toBe(true);
  // Read at once, all five would have seen 0; in turn, the third failure onwards costs time.
  expect(waited).toEqual([0, 0, 0, 1000, 2000]);
  expect(throttle.delayFor('b.koble')).toBe(0);
});
