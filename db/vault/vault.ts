import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema/index.ts';
import { isDiskFull, KobleError, vaultError } from '../errors.ts';
import { MIGRATIONS_DIR } from '../migrations-dir.ts';
import { applyKey, configure, integrityCheck, isUnreadable, openEncrypted, type SqliteDatabase } from './database.ts';
import {
  keysPathFor,
  makePassphraseSlot,
  makeRecoverySlot,
  newStore,
  openWithPassphrase,
  openWithRecoveryKey,
  readKeySlots,
  writeKeySlots,
  type Cipher,
  type KeySlotStore,
} from './keyslots.ts';
import { newRecoveryKey, parseRecoveryKey } from './recovery-key.ts';
import { applyMigrations, refuseFutureSchema, schemaStatus } from './schema-version.ts';
import { dailyBackupDue, moveAside, writeAutomaticBackup, writeBackup } from './backup.ts';
import { restrictToOwner, writeFileAtomic } from './atomic-write.ts';
import Database from 'better-sqlite3';
import { dropCapture, sharingEnabled } from './change-capture.ts';
import { ensureIdentity } from './laptop-identity.ts';

export type KobleDb = BetterSQLite3Database<typeof schema>;

export const DEFAULT_CIPHER: Cipher = 'sqlcipher';

/** An unlocked programme file. `close()` closes the database and wipes the key from memory. */
export type OpenVault = {
  readonly path: string;
  readonly fileId: string;
  readonly sqlite: SqliteDatabase;
  readonly db: KobleDb;
  /** the staff member whose passphrase unlocked the file, if it was a passphrase */
  readonly staffId: string | null;
  /** what went wrong at unlock without stopping it: the daily backup that did not fit on the disk */
  readonly warnings: VaultWarning[];
  close(): void;
};

/** The daily backup failed (DISK_FULL, or another write error); it is tried again at the next unlock. */
export type VaultWarning = { code: 'DAILY_BACKUP_FAILED'; cause: string; details?: unknown };

type OpenOptions = {
  migrationsDir?: string;
  now?: Date;
  /** the daily backup's writer; tests pass one that fails like a full disk */
  writeDailyBackup?: typeof writeAutomaticBackup;
};

/** Each open vault's data key, kept out of the object so it is never serialised or logged with it. */
const dataKeys = new WeakMap<OpenVault, Buffer>();

function toOpenVault(path: string, store: KeySlotStore, sqlite: SqliteDatabase, dataKey: Buffer, staffId: string | null, warnings: VaultWarning[] = []): OpenVault {
  let closed = false;
  const vault: OpenVault = {
    path,
    fileId: store.fileId,
    sqlite,
    db: drizzle(sqlite, { schema }),
    staffId,
    warnings,
    close() {
      if (closed) return;
      closed = true;
      sqlite.close();
      dataKey.fill(0);
      dataKeys.delete(vault);
    },
  };
  dataKeys.set(vault, dataKey);
  return vault;
}

/**
 * Creates a new programme file with its first staff member. Returns the open vault and the
 * recovery key, which is shown once and never stored in plain text.
 */
export async function createVault(input: {
  path: string;
  staffName: string;
  passphrase: string;
  cipher?: Cipher;
  migrationsDir?: string;
}): Promise<{ vault: OpenVault; recoveryKey: string; staffId: string }> {
  const { path } = input;
  if (existsSync(path) || existsSync(keysPathFor(path))) {
    throw vaultError('VAULT_EXISTS', 'A programme file already exists at that place');
  }
  const cipher = input.cipher ?? DEFAULT_CIPHER;
  const dataKey = randomBytes(32);
  const recoveryKey = newRecoveryKey();
  const staffId = randomUUID();
  const draft = newStore(cipher, []);
  const passphraseSlot = await makePassphraseSlot(null, staffId, input.passphrase, dataKey, draft.fileId);
  const store: KeySlotStore = { ...draft, slots: [passphraseSlot, makeRecoverySlot(parseRecoveryKey(recoveryKey)!, dataKey, draft.fileId)] };

  let sqlite: SqliteDatabase | null = null;
  mkdirSync(dirname(path), { recursive: true });
  try {
    sqlite = openEncrypted(path, dataKey, cipher, { create: true });
    restrictToOwner(path);
    configure(sqlite);
    restrictToOwner(`${path}-wal`, `${path}-shm`);
    applyMigrations(sqlite, input.migrationsDir ?? MIGRATIONS_DIR);
    const db = drizzle(sqlite, { schema });
    db.insert(schema.staff).values({ id: staffId, name: input.staffName }).run();
    writeKeySlots(path, store);
  } catch (error) {
    sqlite?.close();
    for (const file of [path, `${path}-wal`, `${path}-shm`, keysPathFor(path)]) rmSync(file, { force: true });
    throw error;
  }
  return { vault: toOpenVault(path, store, sqlite, dataKey, staffId), recoveryKey, staffId };
}

/**
 * Opens the file with a data key: refuses a newer schema untouched, migrates after a backup (a
 * backup that fails stops the migration: it protects the data), makes the daily backup. A daily
 * backup that fails (a full disk) never stops the unlock: the vault carries a warning, the older
 * backups stay, and the next unlock tries again (no backup of today exists yet).
 */
function openWithKey(path: string, store: KeySlotStore, dataKey: Buffer, staffId: string | null, options: OpenOptions): OpenVault {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const now = options.now ?? new Date();
  const sqlite = openEncrypted(path, dataKey, store.cipher, { create: false });
  const warnings: VaultWarning[] = [];
  try {
    const status = schemaStatus(sqlite, migrationsDir);
    refuseFutureSchema(status);
    configure(sqlite);
    restrictToOwner(path, `${path}-wal`, `${path}-shm`);
    if (status.pending > 0 && status.applied > 0) writeAutomaticBackup(sqlite, path, 'before-migration', now);
    if (status.pending > 0) dropCapture(sqlite);
    applyMigrations(sqlite, migrationsDir);
    if (sharingEnabled(sqlite)) ensureIdentity(sqlite, path);
  } catch (error) {
    sqlite.close();
    dataKey.fill(0);
    throw error;
  }
  if (dailyBackupDue(path, now)) {
    try {
      (options.writeDailyBackup ?? writeAutomaticBackup)(sqlite, path, 'daily', now);
    } catch (error) {
      const code = error instanceof KobleError ? error.code : isDiskFull(error) ? 'DISK_FULL' : 'BACKUP_FAILED';
      warnings.push({ code: 'DAILY_BACKUP_FAILED', cause: code, ...(error instanceof KobleError && error.details !== undefined ? { details: error.details } : {}) });
    }
  }
  return toOpenVault(path, store, sqlite, dataKey, staffId, warnings);
}

function readStoreFor(path: string): KeySlotStore {
  if (!existsSync(path)) throw vaultError('VAULT_NOT_FOUND', 'The programme file does not exist');
  return readKeySlots(path);
}

export async function unlockWithPassphrase(path: string, passphrase: string, options: OpenOptions = {}): Promise<OpenVault> {
  const store = readStoreFor(path);
  const opened = await openWithPassphrase(store, passphrase);
  if (!opened) throw vaultError('VAULT_WRONG_PASSPHRASE', 'Wrong passphrase');
  return openWithKey(path, store, opened.dataKey, opened.slot.staffId, options);
}

export function unlockWithRecoveryKey(path: string, recoveryKey: string, options: OpenOptions = {}): OpenVault {
  const store = readStoreFor(path);
  const bytes = parseRecoveryKey(recoveryKey);
  const dataKey = bytes ? openWithRecoveryKey(store, bytes) : null;
  if (!dataKey) throw vaultError('VAULT_WRONG_RECOVERY_KEY', 'Wrong recovery key');
  return openWithKey(path, store, dataKey, null, options);
}

/** Opens with a data key held elsewhere (the OS keychain's "remember on this computer"). */
export function unlockWithDataKey(path: string, dataKey: Buffer, options: OpenOptions = {}): OpenVault {
  return openWithKey(path, readStoreFor(path), dataKey, null, options);
}

function dataKeyOf(vault: OpenVault): Buffer {
  const key = dataKeys.get(vault);
  if (!key) throw vaultError('VAULT_LOCKED', 'The programme is locked');
  return key;
}

/** A copy of the data key for the keychain slot; the caller wipes it after use. */
export function exportDataKey(vault: OpenVault): Buffer {
  return Buffer.from(dataKeyOf(vault));
}

/** Sets (adds or replaces) a staff member's passphrase slot. Rewraps the key; the file is not re-encrypted. */
export async function setPassphrase(vault: OpenVault, staffId: string, passphrase: string): Promise<void> {
  const store = readKeySlots(vault.path);
  const slot = await makePassphraseSlot(store, staffId, passphrase, dataKeyOf(vault), store.fileId);
  const others = store.slots.filter((s) => !(s.kind === 'passphrase' && s.staffId === staffId));
  writeKeySlots(vault.path, { ...store, slots: [...others, slot] });
}

/** Removes a staff member's passphrase slot; the last passphrase slot cannot go. */
export function removePassphrase(vault: OpenVault, staffId: string): void {
  const store = readKeySlots(vault.path);
  const remaining = store.slots.filter((s) => !(s.kind === 'passphrase' && s.staffId === staffId));
  if (remaining.length === store.slots.length) throw vaultError('VAULT_SLOT_NOT_FOUND', 'That staff member has no passphrase on this file');
  if (!remaining.some((s) => s.kind === 'passphrase')) {
    throw vaultError('VAULT_LAST_SLOT', 'The last passphrase cannot be removed');
  }
  writeKeySlots(vault.path, { ...store, slots: remaining });
}

export function staffWithPassphrase(vault: OpenVault): string[] {
  return readKeySlots(vault.path).slots.flatMap((s) => (s.kind === 'passphrase' ? [s.staffId] : []));
}

/** Replaces the recovery key; the old one stops working. Returns the new key to show once. */
export function replaceRecoveryKey(vault: OpenVault): string {
  const store = readKeySlots(vault.path);
  const recoveryKey = newRecoveryKey();
  const slot = makeRecoverySlot(parseRecoveryKey(recoveryKey)!, dataKeyOf(vault), store.fileId);
  writeKeySlots(vault.path, { ...store, slots: [...store.slots.filter((s) => s.kind !== 'recovery'), slot] });
  return recoveryKey;
}

export function backupTo(vault: OpenVault, target: string): void {
  writeBackup(vault.sqlite, vault.path, target);
}

export function checkIntegrity(vault: OpenVault): { problems: string[]; schema: ReturnType<typeof schemaStatus> } {
  return { problems: integrityCheck(vault.sqlite), schema: schemaStatus(vault.sqlite, MIGRATIONS_DIR) };
}

/**
 * Replaces the programme file at `path` with the backup at `from`, after checking that the
 * passphrase opens the backup, that it passes an integrity check and is not from a newer Koble.
 * The replaced file is kept aside; the returned path says where. The programme must be locked.
 */
export async function restoreBackup(input: { path: string; from: string; passphrase: string; now?: Date; migrationsDir?: string }): Promise<{ replacedPath: string | null }> {
  const now = input.now ?? new Date();
  if (!existsSync(input.from)) throw vaultError('VAULT_NOT_FOUND', 'The backup file does not exist');
  const store = readKeySlots(input.from);
  const opened = await openWithPassphrase(store, input.passphrase);
  if (!opened) throw vaultError('VAULT_WRONG_PASSPHRASE', 'Wrong passphrase for this backup');
  const staging = `${input.path}.restore-${randomBytes(6).toString('hex')}`;
  try {
    copyFileSync(input.from, staging);
    const check = new Database(staging, { fileMustExist: true });
    try {
      applyKey(check, opened.dataKey, store.cipher);
      const problems = integrityCheck(check);
      if (problems.length > 0) throw vaultError('VAULT_BACKUP_INVALID', 'The backup fails the integrity check', { problems });
      refuseFutureSchema(schemaStatus(check, input.migrationsDir ?? MIGRATIONS_DIR));
    } catch (error) {
      if (isUnreadable(error)) throw vaultError('VAULT_BACKUP_INVALID', 'The backup is damaged or cannot be read with its key file');
      throw error;
    } finally {
      check.close();
      opened.dataKey.fill(0);
    }
    const replacedPath = existsSync(input.path) ? moveAside(input.path, now) : null;
    writeFileAtomic(keysPathFor(input.path), readFileSync(keysPathFor(input.from)));
    restrictToOwner(staging);
    renameSync(staging, input.path);
    return { replacedPath };
  } finally {
    for (const file of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(file, { force: true });
  }
}
