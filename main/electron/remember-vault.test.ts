import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staff } from '../../db/schema/index.ts';
import { createVault } from '../../db/vault/vault.ts';
import { createRememberedKeys, type SafeStorageLike } from './remember.ts';
import { rememberVault, unlockRemembered } from '../vault/remembered-key.ts';

const fakeKeychain: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (data) => Buffer.from(data).reverse().toString('utf8'),
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koble-remember-vault-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('remember on this computer', () => {
  it('opens a real programme file with the remembered key, and nothing for a file it does not remember', async () => {
    const keys = createRememberedKeys({ safeStorage: fakeKeychain, file: join(dir, 'remembered.json'), platform: 'linux' });
    const path = join(dir, 'program.koble');
    const { vault } = await createVault({ path, staffName: 'Kari Nordmann', passphrase: 'blåbærsyltetøy på fjellet' });
    expect(unlockRemembered(keys, path)).toBeNull();
    rememberVault(keys, vault);
    vault.close();

    const reopened = unlockRemembered(keys, path);
    expect(reopened).not.toBeNull();
    expect(reopened!.db.select({ name: staff.name }).from(staff).all()).toEqual([{ name: 'Kari Nordmann' }]);
    reopened!.close();
  });
});
