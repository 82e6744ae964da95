import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { KobleError } from '../../db/errors.ts';

/**
 * One change file: what one laptop wrote since its last push, sealed with the programme's data
 * key. Layout: "KOBLSYN1" | header length (u32 BE) | header JSON | nonce (12) | AES-256-GCM
 * ciphertext of the deflated payload | tag (16). The header (programme id, laptop id, sequence
 * number, schema version; nothing personal) is authenticated as associated data, so a file
 * renamed, re-numbered or moved to another programme is refused whole, like a damaged one.
 * The AES key is HKDF-SHA256 of the data key with the programme id: never the SQLCipher key itself.
 */
export const CHANGE_FILE_EXTENSION = 'koblesync';
export const CHANGE_FILE_FORMAT = 1;
const MAGIC = Buffer.from('KOBLSYN1', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export const changeHeaderSchema = z.object({
  format: z.number().int().min(1),
  programme: z.string().min(1).max(100),
  laptop: z.string().uuid(),
  seq: z.number().int().min(1),
  schema: z.string().min(1).max(200),
  createdAt: z.string().max(40),
});
export type ChangeHeader = z.infer<typeof changeHeaderSchema>;

export function changeFileName(laptopId: string, seq: number): string {
  return `${laptopId}.${String(seq).padStart(8, '0')}.${CHANGE_FILE_EXTENSION}`;
}

const NAME = /^([0-9a-f-]{36})\.(\d{8})\.koblesync$/;
export function parseChangeFileName(name: string): { laptopId: string; seq: number } | null {
  const match = NAME.exec(name);
  return match ? { laptopId: match[1]!, seq: Number(match[2]) } : null;
}

function fileKey(dataKey: Buffer, programmeId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.from(programmeId, 'utf8'), 'koble sync change file v1', 32));
}

export function sealChangeFile(header: ChangeHeader, payload: unknown, dataKey: Buffer): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([MAGIC, length, headerBytes]);
  const nonce = randomBytes(NONCE_BYTES);
  const key = fileKey(dataKey, header.programme);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(deflateRawSync(Buffer.from(JSON.stringify(payload), 'utf8'))), cipher.final()]);
    return Buffer.concat([aad, nonce, body, cipher.getAuthTag()]);
  } finally {
    key.fill(0);
  }
}

const damaged = (why: string) => new KobleError('SYNC_FILE_DAMAGED', 'A change file is damaged or was changed outside Koble', { why });

/** Reads the header without decrypting (to sort, and to refuse foreign files early). */
export function readChangeHeader(bytes: Buffer): ChangeHeader {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw damaged('magic');
  const length = bytes.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4;
  if (length > 4096 || bytes.length < start + length + NONCE_BYTES + TAG_BYTES) throw damaged('length');
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.subarray(start, start + length).toString('utf8'));
  } catch {
    throw damaged('header');
  }
  const header = changeHeaderSchema.safeParse(parsed);
  if (!header.success) throw damaged('header');
  return header.data;
}

/** Authenticates and decrypts; any changed byte refuses the whole file (SYNC_FILE_DAMAGED). */
export function openChangeFile(bytes: Buffer, dataKey: Buffer): { header: ChangeHeader; payload: unknown } {
  const header = readChangeHeader(bytes);
  const headerEnd = MAGIC.length + 4 + bytes.readUInt32BE(MAGIC.length);
  const nonce = bytes.subarray(headerEnd, headerEnd + NONCE_BYTES);
  const body = bytes.subarray(headerEnd + NONCE_BYTES, bytes.length - TAG_BYTES);
  const key = fileKey(dataKey, header.programme);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(bytes.subarray(0, headerEnd));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(body), decipher.final()]);
    return { header, payload: JSON.parse(inflateRawSync(plain).toString('utf8')) };
  } catch {
    throw damaged('authentication');
  } finally {
    key.fill(0);
  }
}
