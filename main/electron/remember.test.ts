import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRememberedKeys, type SafeStorageLike } from './remember.ts';

const FILE_ID = '3f0c8a52-4d0e-4f43-9d35-1b1f0b6c2a10';

/** A keychain stand-in: XOR with a secret byte and a marker, so stored text is not the key. */
function fakeSafeStorage(overrides: Partial<{ available: boolean; backend: string }> = {}) {
  const state = { available: overrides.available ?? true, backend: overrides.backend ?? 'gnome_libsecret', secret: 0x5a };
  const safeStorage: SafeStorageLike = {
    isEncryptionAvailable: () => state.available,
    getSelectedStorageBackend: () => state.backend,
    encryptString: (text) => Buffer.concat([Buffer.from('v11'), Buffer.from(text, 'utf8').map((byte) => byte ^ state.secret)]),
    decryptString: (data) => {
      if (data.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(data.subarray(3).map((byte) => byte ^ state.secret)).toString('utf8');
    },
  };
  return { safeStorage, state };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koble-remember-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function keys(safeStorage: SafeStorageLike, platform: NodeJS.Platform = 'linux') {
  return createRememberedKeys({ safeStorage, file: join(dir, 'remembered.json'), platform });
}

describe('remembered keys', () => {
  it('round-trips a data key through the keychain without writing it in plain text', () => {
    const { safeStorage } = fakeSafeStorage();
    const store = keys(safeStorage);
    const dataKey = randomBytes(32);
    expect(store.recall(FILE_ID)).toBeNull();
    store.remember(FILE_ID, dataKey);
    expect(store.isRemembered(FILE_ID)).toBe(true);
    expect(store.recall(FILE_ID)?.equals(dataKey)).toBe(true);
    const onDisk = readFileSync(join(dir, 'remembered.json'), 'utf8');
    expect(onDisk).not.toContain(dataKey.toString('hex'));
    expect(onDisk).not.toContain(dataKey.toString('base64'));
    expect(JSON.parse(onDisk).programmes[FILE_ID].backend).toBe('gnome_libsecret');
  });

  it('forgets a programme, and removes the file when none is left', () => {
    const { safeStorage } = fakeSafeStorage();
    const store = keys(safeStorage);
    store.remember(FILE_ID, randomBytes(32));
    store.forget(FILE_ID);
    expect(store.recall(FILE_ID)).toBeNull();
    expect(existsSync(join(dir, 'remembered.json'))).toBe(false);
  });

  it('refuses when the keychain cannot encrypt', () => {
    const { safeStorage } = fakeSafeStorage({ available: false });
    const store = keys(safeStorage, 'darwin');
    expect(store.status()).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(() => store.remember(FILE_ID, randomBytes(32))).toThrow(expect.objectContaining({ code: 'KEYCHAIN_UNAVAILABLE' }));
    expect(existsSync(join(dir, 'remembered.json'))).toBe(false);
  });

  it.each(['basic_text', 'unknown'])('refuses the Linux %s backend, which keeps the key in plain text', (backend) => {
    const { safeStorage } = fakeSafeStorage({ backend });
    const store = keys(safeStorage, 'linux');
    expect(store.status()).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(() => store.remember(FILE_ID, randomBytes(32))).toThrow(expect.objectContaining({ code: 'KEYCHAIN_UNAVAILABLE' }));
  });

  it('is a clear error, not a guess, when the backend changed since the key was saved', () => {
    const { safeStorage, state } = fakeSafeStorage({ backend: 'kwallet5' });
    const store = keys(safeStorage);
    store.remember(FILE_ID, randomBytes(32));
    state.backend = 'gnome_libsecret';
    expect(() => store.recall(FILE_ID)).toThrow(expect.objectContaining({ code: 'KEYCHAIN_CHANGED' }));
    state.backend = 'basic_text';
    expect(() => store.recall(FILE_ID)).toThrow(expect.objectContaining({ code: 'KEYCHAIN_UNAVAILABLE' }));
  });

  it('is a clear error when the keychain cannot decrypt or the file is damaged', () => {
    const { safeStorage, state } = fakeSafeStorage();
    const store = keys(safeStorage);
    store.remember(FILE_ID, randomBytes(32));
    state.secret = 0x33;
    expect(() => store.recall(FILE_ID)).toThrow(expect.objectContaining({ code: 'KEYCHAIN_UNREADABLE' }));
    writeFileSync(join(dir, 'remembered.json'), '{"version":1,"programmes":');
    expect(() => store.recall(FILE_ID)).toThrow(expect.objectContaining({ code: 'KEYCHAIN_UNREADABLE' }));
    expect(() => store.remember(FILE_ID, randomBytes(32))).toThrow(expect.objectContaining({ code: 'KEYCHAIN_UNREADABLE' }));
  });

  it('does not need a Linux backend on macOS and Windows', () => {
    const { safeStorage } = fakeSafeStorage({ backend: 'unknown' });
    const store = keys(safeStorage, 'win32');
    const dataKey = randomBytes(32);
    store.remember(FILE_ID, dataKey);
    expect(store.recall(FILE_ID)?.equals(dataKey)).toBe(true);
  });

  it('rejects odd file ids and keys', () => {
    const { safeStorage } = fakeSafeStorage();
    const store = keys(safeStorage);
    expect(() => store.remember('__proto__', randomBytes(32))).toThrow();
    expect(() => store.remember('../x', randomBytes(32))).toThrow();
    expect(() => store.remember(FILE_ID, randomBytes(16))).toThrow();
  });
});
