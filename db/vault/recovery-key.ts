import { randomBytes } from 'node:crypto';

/**
 * A printable recovery key: 160 random bits as 32 Crockford base32 characters in groups of four
 * (e.g. `7K2M-…`). Crockford's alphabet has no I, L, O or U, and parsing forgives lower case,
 * spaces, missing dashes and the look-alikes O→0, I/L→1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BYTES = 20;

export function newRecoveryKey(): string {
  return formatRecoveryKey(randomBytes(BYTES));
}

export function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{1,4}/g)!.join('-');
}

/** Returns the key's bytes, or null when the text is not a well-formed recovery key. */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (clean.length !== (BYTES * 8) / 5) return null;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const index = ALPHABET.indexOf(ch);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
