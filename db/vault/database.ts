import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { vaultError } from '../errors.ts';
import type { Cipher } from './keyslots.ts';

export type SqliteDatabase = Database.Database;

/**
 * Opens (or creates) the programme file with a raw 256-bit key: no SQLCipher KDF at open.
 * The key is checked at the first read; a key that does not fit this file is a clear error.
 * Nothing is written until the caller runs `configure` (after checking the schema version).
 */
export function openEncrypted(path: string, dataKey: Buffer, cipher: Cipher, options: { create: boolean }): SqliteDatabase {
  if (!options.create && !existsSync(path)) {
    throw vaultError('VAULT_NOT_FOUND', 'The programme file does not exist');
  }
  const db = new Database(path, { fileMustExist: !options.create });
  try {
    applyKey(db, dataKey, cipher);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) {
      throw vaultError('VAULT_KEYS_MISMATCH', 'The key file does not belong to this programme file, or the file is damaged');
    }
    if (isUnreadable(error)) throw vaultError('VAULT_DAMAGED', 'The programme file is damaged; restore a backup');
    throw error;
  }
  return db;
}

/** `pageSize` is for benchmarks only: a file keeps the page size it was created with. */
export function applyKey(db: SqliteDatabase, dataKey: Buffer, cipher: Cipher, options: { pageSize?: number } = {}): void {
  if (dataKey.length !== 32) throw new Error('data key must be 32 bytes');
  const hex = dataKey.toString('hex');
  db.pragma(`cipher='${cipher}'`);
  if (cipher === 'sqlcipher') {
    // SQLCipher 4 format with a raw key (x'…'): no PBKDF2 at open.
    db.pragma('legacy=4');
    if (options.pageSize) db.pragma(`legacy_page_size=${options.pageSize}`);
    db.pragma(`key="x'${hex}'"`);
  } else {
    // ChaCha20-Poly1305 (sqleet): the key is already 256 random bits, one KDF round is enough.
    db.pragma('kdf_iter=1');
    db.pragma(`hexkey='${hex}'`);
  }
}

export const CACHE_KIB = 64 * 1024;
export const WAL_AUTOCHECKPOINT_PAGES = 8192;

export function configure(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL survives a killed process with every committed transaction; only a power cut
  // may lose the last few, never consistency.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Sorts and temp tables stay in memory: no plaintext temp files on disk.
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  // Pages are decrypted and MAC-checked (HMAC-SHA512) when read into the page cache: ~26 µs a
  // page on a build machine against ~5 µs plain. A 64 MiB cache keeps a 20,000-person programme
  // decrypted in memory after its first read, so grids and searches do not pay that again.
  db.pragma(`cache_size = -${CACHE_KIB}`);
  // Checkpoints copy WAL pages into the file through the cipher and fsync it; doing that every
  // 8,192 pages (32 MiB of WAL) instead of SQLite's 1,000 cuts a small commit from ~130 µs to
  // ~50 µs encrypted. The WAL is encrypted like the file and is trimmed back after checkpoints.
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
}

function sqliteCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
}

export function isNotADatabase(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_NOTADB';
}

/** The wrong key, or pages that do not decrypt (damaged bytes). */
export function isUnreadable(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_NOTADB' || sqliteCode(error) === 'SQLITE_CORRUPT';
}

export function integrityCheck(db: SqliteDatabase): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`${fk.length} broken foreign key reference(s)`);
  return problems;
}
