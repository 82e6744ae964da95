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
