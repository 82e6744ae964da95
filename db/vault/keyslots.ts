import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { vaultError } from '../errors.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { deriveKek, newScryptParams, type ScryptParams } from './kdf.ts';

/**
 * The key slot store: the programme's random 256-bit data key, wrapped (AES-256-GCM) once per
 * way in — each staff member's passphrase, and the recovery key. It lives beside the programme
 * file as `<file>.keys` and travels with it (backups carry it too). It holds no personal data:
 * slots name staff by id only.
 */
export const KEYSLOT_FORMAT = 'koble-keyslots';
export const KEYSLOT_VERSION = 1;

const wrappedSchema = z.object({ iv: z.string(), ct: z.string(), tag: z.string() });
const scryptSchema = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().min(2 ** 14),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: z.string().min(16),
});
const passphraseSlotSchema = z.object({
  kind: z.literal('passphrase'),
  id: z.string(),
  staffId: z.string(),
  kdf: scryptSchema,
  wrapped: wrappedSchema,
});
const recoverySlotSchema = z.object({
  kind: z.literal('recovery'),
  id: z.string(),
  kdf: z.object({ name: z.literal('hkdf-sha256'), salt: z.string() }),
  wrapped: wrappedSchema,
});
const slotSchema = z.discriminatedUnion('kind', [passphraseSlotSchema, recoverySlotSchema]);
const storeSchema = z.object({
  format: z.literal(KEYSLOT_FORMAT),
  version: z.literal(KEYSLOT_VERSION),
  fileId: z.string().uuid(),
  cipher: z.enum(['sqlcipher', 'chacha20']),
  slots: z.array(slotSchema).min(1),
});

export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;
export type KeySlot = z.infer<typeof slotSchema>;
export type KeySlotStore = z.infer<typeof storeSchema>;
export type Cipher = KeySlotStore['cipher'];

export function keysPathFor(dbPath: string): string {
  return `${dbPath}.keys`;
}

export function readKeySlots(dbPath: string): KeySlotStore {
  const path = keysPathFor(dbPath);
  if (!existsSync(path)) {
    throw vaultError('VAULT_KEYS_MISSING', 'The key file beside the programme file is missing; copy it together with the programme file or restore a backup');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw vaultError('VAULT_KEYS_DAMAGED', 'The key file beside the programme file is damaged');
  }
  const result = storeSchema.safeParse(parsed);
  if (!result.success) throw vaultError('VAULT_KEYS_DAMAGED', 'The key file beside the programme file is damaged');
  return result.data;
}

export function writeKeySlots(dbPath: string, store: KeySlotStore): void {
  writeFileAtomic(keysPathFor(dbPath), `${JSON.stringify(storeSchema.parse(store), null, 2)}\n`);
}

export function newStore(cipher: Cipher, slots: KeySlot[]): KeySlotStore {
  return { format: KEYSLOT_FORMAT, version: KEYSLOT_VERSION, fileId: randomUUID(), cipher, slots };
}

function wrap(kek: Buffer, dataKey: Buffer, aad: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns the data key, or null when the key-encryption key is not the right one. */
function unwrap(kek: Buffer, wrapped: z.infer<typeof wrappedSchema>, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** All passphrase slots of a file share one salt, so unlocking costs one KDF run however many staff there are. */
function sharedKdf(store: KeySlotStore | null): ScryptParams {
  const first = store?.slots.find((slot): slot is PassphraseSlot => slot.kind === 'passphrase');
  return first ? first.kdf : newScryptParams();
}

export async function makePassphraseSlot(
  store: KeySlotStore | null,
  staffId: string,
  passphrase: string,
  dataKey: Buffer,
  fileId: string,
): Promise<PassphraseSlot> {
  const kdf = sharedKdf(store);
  const kek = await deriveKek(passphrase, kdf);
  const id = randomUUID();
  return { kind: 'passphrase', id, staffId, kdf, wrapped: wrap(kek, dataKey, `${fileId}/${id}`) };
}

export function makeRecoverySlot(recoveryKey: Buffer, dataKey: Buffer, fileId: string): KeySlot {
  const salt = randomBytes(16);
  const kek = recoveryKek(recoveryKey, salt.toString('base64'));
  const id = randomUUID();
  return { kind: 'recovery', id, kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') }, wrapped: wrap(kek, dataKey, `${fileId}/${id}`) };
}

function recoveryKek(recoveryKey: Buffer, salt: string): Buffer {
  // The recovery key is 160 random bits: a fast KDF is enough, there is nothing to guess.
  return Buffer.from(hkdfSync('sha256', recoveryKey, Buffer.from(salt, 'base64'), 'koble recovery key', 32));
}

/** Tries the passphrase against every passphrase slot; one KDF run per distinct salt. */
export async function openWithPassphrase(
  store: KeySlotStore,
  passphrase: string,
): Promise<{ dataKey: Buffer; slot: PassphraseSlot } | null> {
  const slots = store.slots.filter((slot): slot is PassphraseSlot => slot.kind === 'passphrase');
  const keks = new Map<string, Buffer>();
  for (const slot of slots) {
    const cacheKey = JSON.stringify(slot.kdf);
    let kek = keks.get(cacheKey);
    if (!kek) {
      kek = await deriveKek(passphrase, slot.kdf);
      keks.set(cacheKey, kek);
    }
    const dataKey = unwrap(kek, slot.wrapped, `${store.fileId}/${slot.id}`);
    if (dataKey) return { dataKey, slot };
  }
  return null;
}

export function openWithRecoveryKey(store: KeySlotStore, recoveryKey: Buffer): Buffer | null {
  for (const slot of store.slots) {
    if (slot.kind !== 'recovery') continue;
    const dataKey = unwrap(recoveryKek(recoveryKey, slot.kdf.salt), slot.wrapped, `${store.fileId}/${slot.id}`);
    if (dataKey) return dataKey;
  }
  return null;
}
