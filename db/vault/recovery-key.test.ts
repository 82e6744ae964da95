import fc from 'fast-check';
import { expect, it } from 'vitest';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from './recovery-key.ts';

it('round-trips any 20 bytes through the printed form', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
      expect(parseRecoveryKey(formatRecoveryKey(Buffer.from(bytes)))).toEqual(Buffer.from(bytes));
    }),
  );
});

it('forgives case, spaces and look-alike letters, and rejects wrong lengths', () => {
  const key = newRecoveryKey();
  const bytes = parseRecoveryKey(key)!;
  expect(parseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toEqual(bytes);
  expect(parseRecoveryKey(key.replace(/0/g, 'O').replace(/1/g, 'I'))).toEqual(bytes);
  expect(parseRecoveryKey(key.slice(0, -1))).toBeNull();
  expect(parseRecoveryKey('')).toBeNull();
});
