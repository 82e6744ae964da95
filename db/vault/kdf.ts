import { randomBytes, scrypt } from 'node:crypto';

/**
 * Memory-hard key derivation for passphrase slots: scrypt with N=2^16, r=8 (64 MiB), ≈ 280 ms on a
 * 2-core build machine. Parameters are stored in each slot so they can be raised later without
 * breaking older files.
 */
export type ScryptParams = { name: 'scrypt'; N: number; r: number; p: number; salt: string };

export const DEFAULT_SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;

export function newScryptParams(): ScryptParams {
  return { name: 'scrypt', ...DEFAULT_SCRYPT, salt: randomBytes(16).toString('base64') };
}

export function deriveKek(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const { N, r, p } = params;
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N, r, p, maxmem: 256 * N * r + 16 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}
