import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { participants } from '../schema/index.ts';
import { filesContaining, snapshotFiles, tempDir } from '../test/temp-dir.ts';
import {
  backupTo,
  createVault,
  removePassphrase,
  restoreBackup,
  setPassphrase,
  staffWithPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type OpenVault,
} from './vault.ts';
import { keysPathFor } from './keyslots.ts';
import { listAutomaticBackups } from './backup.ts';
import { MIGRATIONS_DIR } from '../migrations-dir.ts';

const PASS = 'blåbærsyltetøy på fjellet';
const NEW_PASS = 'tolv kaffekopper i kantina';
const NAMES = ['Bjørnhild Sæthre-Olsen', 'Yohannes Tesfamariam', 'Олена Коваленко'];

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function folder(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

function addPeople(vault: OpenVault, names = NAMES): void {
  vault.db.transaction((tx) => {
    for (const name of names) {
      const [firstName, ...rest] = name.split(' ');
      tx.insert(participants).values({ firstName: firstName!, lastName: rest.join(' '), email: `${firstName!.toLowerCase()}@example.no`, stageChangedOn: '2026-01-05', registeredOn: '2026-01-05' }).run();
    }
  });
}

function names(vault: OpenVault): string[] {
  return vault.db.select({ firstName: participants.firstName, lastName: participants.lastName }).from(participants).all().map((p) => `${p.firstName} ${p.lastName}`).sort();
}

async function newProgramme(dir: string) {
  const path = join(dir, 'Program.koble');
  const created = await createVault({ path, staffName: 'Kari Koordinator', passphrase: PASS });
  cleanups.unshift(() => created.vault.close());
  return { path, ...created };
}

describe('the encrypted programme file', () => {
  it('keeps people readable with the passphrase and no plaintext on disk, WAL included', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    addPeople(vault);
    // While open, the newest rows live in the WAL: scan that too.
    expect(existsSync(`${path}-wal`)).toBe(true);
    const needles = [...NAMES.flatMap((n) => n.split(' ')), 'bjørnhild@example.no', 'Kari Koordinator', 'SQLite format 3'];
    expect(filesContaining(dir, needles)).toEqual([]);
    backupTo(vault, join(dir, 'kopi', 'Program-kopi.koble'));
    vault.close();
    expect(filesContaining(dir, needles)).toEqual([]);

    const again = await unlockWithPassphrase(path, PASS);
    cleanups.unshift(() => again.close());
    expect(names(again)).toEqual([...NAMES].sort());
  });

  it('refuses a wrong passphrase with VAULT_WRONG_PASSPHRASE and leaves every file byte-identical', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    addPeople(vault);
    vault.close();
    const before = snapshotFiles(dir);
    await expect(unlockWithPassphrase(path, 'feil passordfrase her')).rejects.toMatchObject({ code: 'VAULT_WRONG_PASSPHRASE' });
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('changes a passphrase by rewrapping the key: same database bytes, old passphrase refused, data kept', async () => {
    const dir = folder();
    const { path, vault, staffId } = await newProgramme(dir);
    addPeople(vault);
    vault.close();
    const opened = await unlockWithPassphrase(path, PASS);
    opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const dbBefore = readFileSync(path);
    await setPassphrase(opened, staffId, NEW_PASS);
    expect(readFileSync(path)).toEqual(dbBefore);
    opened.close();
    await expect(unlockWithPassphrase(path, PASS)).rejects.toMatchObject({ code: 'VAULT_WRONG_PASSPHRASE' });
    const reopened = await unlockWithPassphrase(path, NEW_PASS);
    cleanups.unshift(() => reopened.close());
    expect(names(reopened)).toEqual([...NAMES].sort());
  });

  it('opens with the printed recovery key, written in any case and with or without dashes', async () => {
    const dir = folder();
    const { path, vault, recoveryKey } = await newProgramme(dir);
    addPeople(vault);
    vault.close();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(() => unlockWithRecoveryKey(path, recoveryKey.replace(/^./, recoveryKey[0] === 'A' ? 'B' : 'A'))).toThrow(expect.objectContaining({ code: 'VAULT_WRONG_RECOVERY_KEY' }));
    const recovered = unlockWithRecoveryKey(path, recoveryKey.toLowerCase().replace(/-/g, ' '));
    cleanups.unshift(() => recovered.close());
    expect(names(recovered)).toEqual([...NAMES].sort());
  });

  it('adds and removes a staff member’s slot, and never removes the last one', async () => {
    const dir = folder();
    const { path, vault, staffId } = await newProgramme(dir);
    await setPassphrase(vault, 'staff-2', NEW_PASS);
    expect(staffWithPassphrase(vault).sort()).toEqual([staffId, 'staff-2'].sort());
    const second = await unlockWithPassphrase(path, NEW_PASS);
    expect(second.staffId).toBe('staff-2');
    second.close();
    removePassphrase(vault, 'staff-2');
    await expect(unlockWithPassphrase(path, NEW_PASS)).rejects.toMatchObject({ code: 'VAULT_WRONG_PASSPHRASE' });
    expect(() => removePassphrase(vault, staffId)).toThrow(expect.objectContaining({ code: 'VAULT_LAST_SLOT' }));
  });

  it('says clearly when the key file is missing or damaged, and when it belongs to another file', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    vault.close();
    const keys = readFileSync(keysPathFor(path));
    rmSync(keysPathFor(path));
    await expect(unlockWithPassphrase(path, PASS)).rejects.toMatchObject({ code: 'VAULT_KEYS_MISSING' });
    writeFileSync(keysPathFor(path), keys.subarray(0, 100));
    await expect(unlockWithPassphrase(path, PASS)).rejects.toMatchObject({ code: 'VAULT_KEYS_DAMAGED' });

    const other = await createVault({ path: join(dir, 'Annet.koble'), staffName: 'Per', passphrase: PASS });
    other.vault.close();
    writeFileSync(keysPathFor(path), readFileSync(keysPathFor(join(dir, 'Annet.koble'))));
    await expect(unlockWithPassphrase(path, PASS)).rejects.toMatchObject({ code: 'VAULT_KEYS_MISMATCH' });
    await expect(unlockWithPassphrase(join(dir, 'Finnes-ikke.koble'), PASS)).rejects.toMatchObject({ code: 'VAULT_NOT_FOUND' });
  });

  it('refuses a file written by a newer schema with VAULT_FROM_FUTURE and does not touch it', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    vault.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 10 * 365 * 86_400_000);
    vault.close();
    const before = snapshotFiles(dir);
    await expect(unlockWithPassphrase(path, PASS)).rejects.toMatchObject({ code: 'VAULT_FROM_FUTURE' });
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('round-trips backup → restore with identical data and keeps the replaced file aside', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    addPeople(vault);
    const backup = join(dir, 'backups', 'Program-2026-11-22.koble');
    backupTo(vault, backup);
    expect(existsSync(keysPathFor(backup))).toBe(true);
    vault.db.delete(participants).where(eq(participants.firstName, 'Yohannes')).run();
    addPeople(vault, ['Etter Kopien']);
    vault.close();

    await expect(restoreBackup({ path, from: backup, passphrase: 'feil passordfrase her' })).rejects.toMatchObject({ code: 'VAULT_WRONG_PASSPHRASE' });
    const { replacedPath } = await restoreBackup({ path, from: backup, passphrase: PASS });
    const restored = await unlockWithPassphrase(path, PASS);
    cleanups.unshift(() => restored.close());
    expect(names(restored)).toEqual([...NAMES].sort());
    expect(replacedPath).not.toBeNull();
    const aside = await unlockWithPassphrase(replacedPath!, PASS);
    cleanups.unshift(() => aside.close());
    expect(names(aside)).toContain('Etter Kopien');
  });

  it('refuses to restore a damaged backup and leaves the programme as it was', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    addPeople(vault);
    const backup = join(dir, 'kopi.koble');
    backupTo(vault, backup);
    vault.close();
    const bytes = readFileSync(backup);
    bytes.fill(7, 4096, 6000);
    writeFileSync(backup, bytes);
    const before = snapshotFiles(dir);
    await expect(restoreBackup({ path, from: backup, passphrase: PASS })).rejects.toMatchObject({ code: 'VAULT_BACKUP_INVALID' });
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('makes one automatic backup a day on unlock and keeps the newest ten', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    vault.close();
    for (let day = 1; day <= 12; day++) {
      const now = new Date(Date.UTC(2026, 10, day, 9));
      (await unlockWithPassphrase(path, PASS, { now })).close();
      (await unlockWithPassphrase(path, PASS, { now: new Date(now.getTime() + 3_600_000) })).close();
    }
    const backups = listAutomaticBackups(path);
    expect(backups).toHaveLength(10);
    expect(backups[0]).toContain('20261103');
    expect(backups.every((b) => existsSync(keysPathFor(b)))).toBe(true);
  });
});

/** A copy of the shipped migrations in `dir` that a test can append migrations to. */
function migrationsCopy(dir: string) {
  const migrationsDir = join(dir, 'migrations');
  cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
  const journalPath = join(migrationsDir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
  return {
    migrationsDir,
    add(tag: string, statements: string[]) {
      const last = journal.entries.at(-1)!;
      journal.entries.push({ ...last, idx: journal.entries.length, when: last.when + 1000, tag });
      writeFileSync(journalPath, JSON.stringify(journal));
      writeFileSync(join(migrationsDir, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
    },
    dropLast() {
      journal.entries.pop();
      writeFileSync(journalPath, JSON.stringify(journal));
    },
  };
}

describe('migrations at unlock', () => {
  it('backs the file up, then applies pending migrations in one transaction; a failing migration changes nothing', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    addPeople(vault);
    vault.close();
    const { migrationsDir, add: addMigration, dropLast } = migrationsCopy(dir);

    addMigration('0901_broken', ['ALTER TABLE participants ADD COLUMN nickname text;', 'THIS IS NOT SQL;']);
    await expect(unlockWithPassphrase(path, PASS, { migrationsDir })).rejects.toThrow();
    const untouched = await unlockWithPassphrase(path, PASS);
    const columns = untouched.sqlite.prepare(`SELECT name FROM pragma_table_info('participants')`).all() as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain('nickname');
    untouched.close();

    dropLast();
    addMigration('0901_nickname', ['ALTER TABLE participants ADD COLUMN nickname text;']);
    const backupsBefore = listAutomaticBackups(path).length;
    const migrated = await unlockWithPassphrase(path, PASS, { migrationsDir });
    cleanups.unshift(() => migrated.close());
    const after = migrated.sqlite.prepare(`SELECT name FROM pragma_table_info('participants')`).all() as { name: string }[];
    expect(after.map((c) => c.name)).toContain('nickname');
    expect(listAutomaticBackups(path).some((b) => b.endsWith('before-migration.koble'))).toBe(true);
    expect(listAutomaticBackups(path).length).toBeGreaterThan(backupsBefore);
    expect(names(migrated)).toEqual([...NAMES].sort());
  });
});

describe('a table rebuild in a migration', () => {
  it('keeps child rows (no cascade while the parent table is replaced) and refuses broken references', async () => {
    const dir = folder();
    const { path, vault } = await newProgramme(dir);
    addPeople(vault);
    const pid = (vault.sqlite.prepare('SELECT id FROM participants LIMIT 1').get() as { id: string }).id;
    vault.sqlite.prepare(`INSERT INTO stage_changes (id, participant_id, stage, effective_on, recorded_at, created_at) VALUES ('s1', ?, 'registered', '2026-01-05', '2026-01-05T00:00:00Z', '2026-01-05')`).run(pid);
    const ddl = (vault.sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'participants'`).get() as { sql: string }).sql;
    vault.close();
    const { migrationsDir, add: addMigration, dropLast } = migrationsCopy(dir);
    const stageRows = (v: OpenVault) => (v.sqlite.prepare('SELECT count(*) AS n FROM stage_changes').get() as { n: number }).n;

    // A migration that would leave a stage change without its participant is refused whole.
    addMigration('0901_orphans', ['PRAGMA foreign_keys=OFF;', `DELETE FROM participants WHERE id = '${pid}';`, 'PRAGMA foreign_keys=ON;']);
    await expect(unlockWithPassphrase(path, PASS, { migrationsDir })).rejects.toThrow(/foreign key/);
    dropLast();

    // What drizzle-kit writes for a table rebuild: new table, copy, drop the old, rename.
    addMigration('0901_rebuild', [
      'PRAGMA foreign_keys=OFF;',
      ddl.replace('CREATE TABLE `participants`', 'CREATE TABLE `__new_participants`').replace('CREATE TABLE "participants"', 'CREATE TABLE `__new_participants`'),
      'INSERT INTO `__new_participants` SELECT * FROM `participants`;',
      'DROP TABLE `participants`;',
      'ALTER TABLE `__new_participants` RENAME TO `participants`;',
      'PRAGMA foreign_keys=ON;',
    ]);
    const migrated = await unlockWithPassphrase(path, PASS, { migrationsDir });
    cleanups.unshift(() => migrated.close());
    expect(stageRows(migrated)).toBe(1);
    expect(names(migrated)).toEqual([...NAMES].sort());
    expect(migrated.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
