import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { KobleError } from '../../db/errors.ts';
import { deriveKek, newScryptParams } from '../../db/vault/kdf.ts';
import { formatRecoveryKey } from '../../db/vault/recovery-key.ts';

/**
 * An invitation to join a shared programme (`.kobleinvite`): the programme's snapshot (a VACUUM
 * INTO copy, itself encrypted by SQLCipher under the data key) and what the newcomer's key file
 * needs (the data key, the recovery slot, the staff member the newcomer becomes), sealed with
 * AES-256-GCM under scrypt(invitation code). The code is made fresh for each invitation, shown
 * once to the inviting coordinator, never stored; they read it out or send it another way than
 * the file. Layout: "KOBLINV1" | header length (u32 BE) | header JSON (format, programme id, the
 * scrypt parameters; authenticated as associated data) | nonce (12) | ciphertext | tag (16).
 */
export const INVITATION_EXTENSION = 'kobleinvite';
const MAGIC = Buffer.from('KOBLINV1', 'ascii');
const FORMAT = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** 80 random bits: 16 Crockford base32 characters in four groups, short enough to read out. */
const CODE_BYTES = 10;

const headerSchema = z.object({
  format: z.literal(FORMAT),
  programme: z.string().min(1).max(100),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int().min(2 ** 14).max(2 ** 20), r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16), salt: z.string().min(16).max(100) }),
});
type InvitationHeader = z.infer<typeof headerSchema>;

/** What the snapshot needs beside it: everything secret travels inside the sealed part. */
export const invitationMetaSchema = z.object({
  dataKey: z.string().regex(/^[0-9a-f]{64}$/),
  cipher: z.enum(['sqlcipher', 'chacha20']),
  staffId: z.string().min(1).max(100),
  /** the recovery slot of the inviting laptop's key file, so the programme's recovery key opens every copy */
  recoverySlot: z.unknown(),
  /** per laptop, the last change file the snapshot already holds */
  applied: z.record(z.string(), z.number().int().min(0)),
});
export type InvitationMeta = z.infer<typeof invitationMetaSchema>;

export function newInvitationCode(): string {
  return formatRecoveryKey(randomBytes(CODE_BYTES));
}

/** The code as typed: case, spaces, dashes and the look-alikes O→0, I/L→1 forgiven (as for the recovery key). */
function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

const damaged = () => new KobleError('SYNC_INVITATION_DAMAGED', 'The file is not a Koble invitation, or it is damaged');

export async function sealInvitation(programme: string, meta: InvitationMeta, snapshot: Buffer, code: string): Promise<Buffer> {
  const header: InvitationHeader = { format: FORMAT, programme, kdf: newScryptParams() };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([MAGIC, length, headerBytes]);
  const metaBytes = Buffer.from(JSON.stringify(meta), 'utf8');
  const metaLength = Buffer.alloc(4);
  metaLength.writeUInt32BE(metaBytes.length);
  const key = await deriveKek(normaliseCode(code), header.kdf);
  const nonce = randomBytes(NONCE_BYTES);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(metaLength), cipher.update(metaBytes), cipher.update(snapshot), cipher.final()]);
    metaBytes.fill(0);
    return Buffer.concat([aad, nonce, body, cipher.getAuthTag()]);
  } finally {
    key.fill(0);
  }
}

/** Opens an invitation; a wrong code is SYNC_WRONG_INVITATION_CODE, anything else unreadable SYNC_INVITATION_DAMAGED. */
export async function openInvitation(bytes: Buffer, code: string): Promise<{ programme: string; meta: InvitationMeta; snapshot: Buffer }> {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw damaged();
  const headerLength = bytes.readUInt32BE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerLength > 4096 || bytes.length < headerEnd + NONCE_BYTES + TAG_BYTES + 4) throw damaged();
  let header: InvitationHeader;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(MAGIC.length + 4, headerEnd).toString('utf8')));
  } catch {
    throw damaged();
  }
  const key = await deriveKek(normaliseCode(code), header.kdf);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(headerEnd, headerEnd + NONCE_BYTES));
    decipher.setAAD(bytes.subarray(0, headerEnd));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(bytes.subarray(headerEnd + NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    // GCM cannot tell a wrong code from changed bytes; the code is the likely one.
    throw new KobleError('SYNC_WRONG_INVITATION_CODE', 'Wrong invitation code, or the invitation file was changed');
  } finally {
    key.fill(0);
  }
  const metaLength = plain.readUInt32BE(0);
  const parsed = invitationMetaSchema.safeParse(JSON.parse(plain.subarray(4, 4 + metaLength).toString('utf8')));
  plain.fill(0, 4, 4 + metaLength);
  if (!parsed.success) throw damaged();
  return { programme: header.programme, meta: parsed.data, snapshot: plain.subarray(4 + metaLength) };
}
