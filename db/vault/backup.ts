import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, statfsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { diskFullError, isDiskFull, vaultError } from '../errors.ts';
import type { SqliteDatabase } from './database.ts';
import { keysPathFor } from './keyslots.ts';
import { restrictToOwner, writeFileAtomic } from './atomic-write.ts';

export const AUTOMATIC_BACKUPS_KEPT = 10;

/**
 * Writes an encrypted copy of the open programme to `target` and its key slots to
 * `target.keys`. The copy is made by `VACUUM INTO`, SQLite's online, transactionally consistent
 * copy, which keeps the source's encryption and key (SQLite's backup API refuses an encrypted
 * target in better-sqlite3, because it opens the target without a key).
 */
export function writeBackup(db: SqliteDatabase, sourcePath: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target) || existsSync(keysPathFor(target))) {
    throw vaultError('VAULT_EXISTS', 'A file with that name already exists; choose another name for the backup');
  }
  const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    // Key slots first: a backup file without its keys would be useless.
    writeFileAtomic(keysPathFor(target), readFileSync(keysPathFor(sourcePath)));
    renameSync(temp, target);
    restrictToOwner(target);
  } catch (error) {
    rmSync(temp, { force: true });
    if (isDiskFull(error)) throw diskFullFor(sourcePath, target);
    throw error;
  }
}

/** DISK_FULL saying how much room a copy of `sourcePath` needs in `target`'s folder and how much is free. */
function diskFullFor(sourcePath: string, target: string) {
  try {
    const needed = statSync(sourcePath).size + (existsSync(`${sourcePath}-wal`) ? statSync(`${sourcePath}-wal`).size : 0);
    const fs = statfsSync(dirname(target));
    return diskFullError(dirname(target), needed, fs.bavail * fs.bsize);
  } catch {
    return diskFullError();
  }
}

/** Folder of automatic backups for a programme file: `<folder>/<name>.backups/`. */
export function automaticBackupDir(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath)}.backups`);
}

export type BackupReason = 'daily' | 'before-migration' | 'before-restore';

/** `20261122T101500123Z`: sorts by time, safe in file names, unique to the millisecond. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '');
}

export function listAutomaticBackups(dbPath: string): string[] {
  const dir = automaticBackupDir(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.koble'))
    .sort()
    .map((name) => join(dir, name));
}

/** Makes an automatic backup and keeps the newest `AUTOMATIC_BACKUPS_KEPT`. */
export function writeAutomaticBackup(db: SqliteDatabase, dbPath: string, reason: BackupReason, now: Date): string {
  let target = join(automaticBackupDir(dbPath), `${stamp(now)}-${reason}.koble`);
  for (let n = 2; existsSync(target); n++) target = join(automaticBackupDir(dbPath), `${stamp(now)}-${reason}-${n}.koble`);
  writeBackup(db, dbPath, target);
  const all = listAutomaticBackups(dbPath);
  for (const old of all.slice(0, Math.max(0, all.length - AUTOMATIC_BACKUPS_KEPT))) {
    rmSync(old, { force: true });
    rmSync(keysPathFor(old), { force: true });
  }
  return target;
}

/** True when no automatic backup was made on `now`'s calendar day (UTC). */
export function dailyBackupDue(dbPath: string, now: Date): boolean {
  const today = stamp(now).slice(0, 8);
  return !listAutomaticBackups(dbPath).some((path) => basename(path).startsWith(today));
}

/** Moves a programme file and its companions aside, returning where the main file went. */
export function moveAside(dbPath: string, now: Date): string {
  const ext = extname(dbPath);
  const aside = join(dirname(dbPath), `${basename(dbPath, ext)}.replaced-${stamp(now)}${ext}`);
  renameSync(dbPath, aside);
  if (existsSync(keysPathFor(dbPath))) renameSync(keysPathFor(dbPath), keysPathFor(aside));
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbPath + suffix)) rmSync(dbPath + suffix);
  }
  return aside;
}
