import { describe, expect, it } from 'vitest';
import { whileLive } from './while-live.ts';

/** A promise the test settles when it chooses. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whileLive (the stale-reply guard behind useApi)', () => {
  it('hands on an answer that arrives while the ask is live', async () => {
    const seen: string[] = [];
    const ask = pending<string>();
    whileLive(ask.promise, (value) => seen.push(`data ${value}`), () => seen.push('error'));
    ask.resolve('Kari');
    await settled();
    expect(seen).toEqual(['data Kari']);
  });

  it('hands on a failure while the ask is live', async () => {
    const seen: unknown[] = [];
    const ask = pending<string>();
    whileLive(ask.promise, () => seen.push('data'), (error) => seen.push(error));
    ask.reject(new Error('VAULT_LOCKED'));
    await settled();
    expect(seen).toEqual([new Error('VAULT_LOCKED')]);
  });

  it('drops an answer or a failure that arrives after stop (the screen left, or asked again)', async () => {
    const seen: string[] = [];
    const older = pending<string>();
    const newer = pending<string>();
    const failing = pending<string>();
    const stopOlder = whileLive(older.promise, (value) => seen.push(value), () => seen.push('error'));
    stopOlder();
    whileLive(newer.promise, (value) => seen.push(value), () => seen.push('error'));
    whileLive(failing.promise, (value) => seen.push(value), () => seen.push('error'))();
    newer.resolve('newer');
    older.resolve('older');
    failing.reject(new Error('late'));
    await settled();
    expect(seen).toEqual(['newer']);
  });
});
