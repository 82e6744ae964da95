import Database from 'better-sqlite3';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { restrictToOwner } from '../../db/vault/atomic-write.ts';
import { dirname } from 'node:path';
import { DEFAULT_SCRYPT, deriveKek } from '../../db/vault/kdf.ts';
import { isUnreadable } from '../../db/vault/database.ts';
import { KobleError } from '../../db/errors.ts';
import { z } from 'zod';
import { instant } from '../events/event-input.ts';
import { entityId } from '../people/value-schemas.ts';

export const KIT_EXTENSION = 'koblekit';
/** The kit layout this version writes and reads; a newer one is refused (KIT_FROM_FUTURE). */
export const KIT_FORMAT = 1;
const SALT_BYTES = 16;

export type KitDatabase = Database.Database;

/**
 * A kit is one SQLCipher 4 file. Its key is scrypt (N=2^16, r=8, the programme's passphrase KDF)
 * of the kit passphrase with a random 16-byte salt, given to SQLCipher as a raw key with that
 * salt (x'key‖salt'): SQLCipher keeps the salt as the file's first 16 bytes, so the file carries
 * its own salt header and nothing else in plain text. Only check-in fields are stored.
 */
const SCHEMA = `
  create table kit (id text primary key, format integer not null, programme_id text not null, event_id text not null,
    title text not null, starts_at text not null, ends_at text, place text, exported_at text not null);
  create table roster (attendance_id text primary key, person_kind text not null, first_name text not null, last_name text not null,
    hint text, status text not null, checked_in_at text, check_in_id text);
  create table walk_ins (id text primary key, first_name text not null, last_name text not null, email text, phone text,
    role text not null, consent_version text not null, consent_at text not null, checked_in_at text);
`;

function kdfParams(salt: Buffer) {
  return { name: 'scrypt' as const, ...DEFAULT_SCRYPT, salt: salt.toString('base64') };
}

export async function kitKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return deriveKek(passphrase, kdfParams(salt));
}

function keyed(path: string, key: Buffer, salt: Buffer, options: { create: boolean; readonly?: boolean }): KitDatabase {
  const db = new Database(path, { fileMustExist: !options.create, readonly: options.readonly ?? false });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}${salt.toString('hex')}'"`);
  return db;
}

/** Each write is a committed, synced transaction in the one file (rollback journal, no WAL beside it after close). */
function configureKit(db: KitDatabase, readonly: boolean): void {
  if (!readonly) {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
  }
  db.pragma('temp_store = MEMORY');
}

/** Writes a new kit at `path` atomically: a temp file in the same folder, filled, synced, renamed over the target. */
export async function createKitFile(path: string, passphrase: string, fill: (db: KitDatabase) => void): Promise<void> {
  const salt = randomBytes(SALT_BYTES);
  const key = await kitKey(passphrase, salt);
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    const db = keyed(temp, key, salt, { create: true });
    try {
      configureKit(db, false);
      db.exec(SCHEMA);
      db.transaction(() => fill(db))();
    } finally {
      db.close();
    }
    restrictToOwner(temp);
    const fd = openSync(temp, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
    if (process.platform !== 'win32') {
      const dir = openSync(dirname(path), 'r');
      fsyncSync(dir);
      closeSync(dir);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw error;
  } finally {
    key.fill(0);
  }
}

function readSalt(path: string): Buffer {
  if (!existsSync(path)) throw new KobleError('VAULT_NOT_FOUND', 'The kit file does not exist');
  const salt = Buffer.alloc(SALT_BYTES);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, salt, 0, SALT_BYTES, 0) !== SALT_BYTES) throw new KobleError('KIT_UNREADABLE', 'This is not an event kit, or it is damaged');
  } finally {
    closeSync(fd);
  }
  return salt;
}

/** The kit's own row, checked like the event it came from (a kit can be changed by anyone with its passphrase). */
const kitMetaSchema = z.object({
  id: entityId,
  format: z.number().int().min(1),
  programmeId: entityId,
  eventId: entityId,
  title: z.string().min(1).max(200),
  startsAt: instant,
  endsAt: instant.nullable(),
  place: z.string().max(200).nullable(),
  exportedAt: instant,
});

export type OpenKit = { db: KitDatabase; meta: KitMeta; verify(passphrase: string): Promise<boolean>; close(): void };
export type KitMeta = { id: string; format: number; programmeId: string; eventId: string; title: string; startsAt: string; endsAt: string | null; place: string | null; exportedAt: string };

/** Opens a kit with its passphrase: VAULT_WRONG_PASSPHRASE when it does not fit (nothing on disk changes). */
export async function openKitFile(path: string, passphrase: string, options: { readonly?: boolean } = {}): Promise<OpenKit> {
  const salt = readSalt(path);
  const key = await kitKey(passphrase, salt);
  let db: KitDatabase;
  try {
    db = keyed(path, key, salt, { create: false, readonly: options.readonly ?? false });
  } catch (error) {
    key.fill(0);
    throw error;
  }
  let meta: KitMeta;
  try {
    db.prepare('select count(*) from sqlite_master').get();
    meta = db
      .prepare(`select id, format, programme_id as programmeId, event_id as eventId, title, starts_at as startsAt, ends_at as endsAt, place, exported_at as exportedAt from kit`)
      .get() as KitMeta;
    if (!meta) throw new KobleError('KIT_UNREADABLE', 'This is not an event kit, or it is damaged');
    if (typeof meta.format === 'number' && meta.format > KIT_FORMAT) throw new KobleError('KIT_FROM_FUTURE', 'This kit was made by a newer Koble', { format: meta.format });
    const checked = kitMetaSchema.safeParse(meta);
    if (!checked.success) throw new KobleError('KIT_UNREADABLE', 'The event kit is damaged or was changed outside Koble (kit)', { table: 'kit', fields: checked.error.issues.map((i) => i.path.join('.')) });
    meta = checked.data;
    configureKit(db, options.readonly ?? false);
  } catch (error) {
    db.close();
    key.fill(0);
    if (isUnreadable(error)) throw new KobleError('VAULT_WRONG_PASSPHRASE', 'Wrong kit passphrase, or the file is not an event kit');
    if (error instanceof KobleError) throw error;
    throw new KobleError('KIT_UNREADABLE', 'This is not an event kit, or it is damaged');
  }
  return {
    db,
    meta,
    async verify(candidate) {
      const other = await kitKey(candidate, salt);
      try {
        return timingSafeEqual(other, key);
      } finally {
        other.fill(0);
      }
    },
    close() {
      if (db.open) db.close();
      key.fill(0);
    },
  };
}
