import { execFileSync } from 'node:child_process';
import { mkdirSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toApiError } from '../api/errors.ts';
import { tempDir } from '../../db/test/temp-dir.ts';
import { listAutomaticBackups } from '../../db/vault/backup.ts';
import { keysPathFor } from '../../db/vault/keyslots.ts';
import { backupTo, createVault, unlockWithPassphrase } from '../../db/vault/vault.ts';

const PASS = 'blåbærsyltetøy på fjellet';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
});

async function programmeIn(dir: string) {
  const path = join(dir, 'Programme.koble');
  const { vault } = await createVault({ path, staffName: 'Kari', passphrase: PASS });
  vault.close();
  return path;
}

const full = (code: string) => Object.assign(new Error('database or disk is full'), { code });
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

describe('a full disk', () => {
  it('is DISK_FULL at the API boundary, from SQLite and from the file system', () => {
    for (const code of ['SQLITE_FULL', 'ENOSPC']) expect(toApiError(full(code))).toMatchObject({ code: 'DISK_FULL' });
    expect(toApiError(new Error('other'))).toMatchObject({ code: 'INTERNAL' });
  });

  it('never blocks an unlock: the daily backup that does not fit is a warning, the older backups stay, and the next unlock tries again', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = await programmeIn(dir);
    (await unlockWithPassphrase(path, PASS, { now: day(1) })).close();
    const before = listAutomaticBackups(path);
    expect(before).toHaveLength(1);
    const vault = await unlockWithPassphrase(path, PASS, {
      now: day(2),
      writeDailyBackup: () => {
        throw full('SQLITE_FULL');
      },
    });
    expect(vault.warnings).toEqual([{ code: 'DAILY_BACKUP_FAILED', cause: 'DISK_FULL' }]);
    expect(vault.sqlite.prepare('select count(*) as n from staff').get()).toEqual({ n: 1 });
    vault.close();
    expect(listAutomaticBackups(path)).toEqual(before);
    const next = await unlockWithPassphrase(path, PASS, { now: day(2) });
    expect(next.warnings).toEqual([]);
    next.close();
    expect(listAutomaticBackups(path)).toHaveLength(2);
  });

  it('on a small filled tmpfs: unlock still works and a backup there is DISK_FULL with the room it needs', async (ctx) => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const mount = join(dir, 'small');
    mkdirSync(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      ctx.skip('mounting a tmpfs is not allowed here (needs root); the injected test above covers the unlock');
      return;
    }
    cleanups.push(() => execFileSync('umount', [mount]));
    const path = await programmeIn(mount);
    // Fill it but for 96 KB: room for the WAL index and a few WAL pages, not for a copy of the file.
    // (A disk with no byte left cannot open a WAL database at all: SQLite needs its -shm.)
    const fs = statfsSync(mount);
    writeFileSync(join(mount, 'filler'), Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - 96 * 1024)));
    expect(statSync(path).size).toBeGreaterThan(96 * 1024);
    const vault = await unlockWithPassphrase(path, PASS, { now: day(3) });
    expect(vault.warnings).toEqual([expect.objectContaining({ code: 'DAILY_BACKUP_FAILED', cause: 'DISK_FULL' })]);
    expect(listAutomaticBackups(path)).toHaveLength(0);
    let refusal: unknown;
    try {
      backupTo(vault, join(mount, 'copy.koble'));
    } catch (error) {
      refusal = error;
    }
    expect(toApiError(refusal)).toMatchObject({ code: 'DISK_FULL', details: { reason: 'needs', neededMb: expect.any(Number) } });
    vault.close();
  });
});

describe('file permissions', () => {
  it.runIf(process.platform !== 'win32')('writes the programme file, its WAL, key file, backups and copies 0600 whatever the umask', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const old = process.umask(0);
    try {
      const path = await programmeIn(dir);
      const vault = await unlockWithPassphrase(path, PASS, { now: day(4) });
      backupTo(vault, join(dir, 'copy', 'Copy.koble'));
      const files = [path, `${path}-wal`, keysPathFor(path), ...listAutomaticBackups(path), join(dir, 'copy', 'Copy.koble'), join(dir, 'copy', 'Copy.koble.keys')];
      for (const file of files) expect({ file, mode: (statSync(file).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
      vault.close();
    } finally {
      process.umask(old);
    }
  });
});
