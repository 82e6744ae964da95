import { existsSync, readFileSync, rmSync } from 'node:fs';
import { KobleError } from '../../db/errors.ts';
import type { Keychain } from '../api/host.ts';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';

/**
 * "Remember on this computer" (off by default): the programme's data key, encrypted by the OS
 * keychain through Electron's safeStorage, kept in userData/remembered.json under the
 * programme's fileId. Nothing here guesses: no keychain, a plain-text backend, a backend that
 * changed since the key was saved, or a file that does not decrypt are each a clear error.
 */

/** Electron's safeStorage, narrowed to what is used here, so tests pass a fake. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store Chromium picked. */
  getSelectedStorageBackend(): string;
};

export const REMEMBER_ERROR_CODES = ['KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_CHANGED', 'KEYCHAIN_UNREADABLE'] as const;
export type RememberErrorCode = (typeof REMEMBER_ERROR_CODES)[number];

function rememberError(code: RememberErrorCode, message: string): KobleError {
  return new KobleError(code, message);
}

type Entry = { backend: string; key: string; savedAt: string };
type RememberedFile = { version: 1; programmes: Record<string, Entry> };

const FILE_ID = /^[A-Za-z0-9-]{1,100}$/;
const DATA_KEY_HEX = /^[0-9a-f]{64}$/;

/** The keychain port of the API (main/api/host.ts), backed by Electron safeStorage. */
export type RememberedKeys = Keychain;

export function createRememberedKeys(options: { safeStorage: SafeStorageLike; file: string; platform: NodeJS.Platform; now?: () => Date }): RememberedKeys {
  const { safeStorage, file, platform } = options;
  const now = options.now ?? (() => new Date());

  function status(): ReturnType<RememberedKeys['status']> {
    if (!safeStorage.isEncryptionAvailable()) {
      return { ok: false, code: 'KEYCHAIN_UNAVAILABLE', message: 'The operating system keychain is not available' };
    }
    if (platform !== 'linux') return { ok: true, backend: `os-${platform}` };
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') {
      return { ok: false, code: 'KEYCHAIN_UNAVAILABLE', message: `No secret store is available (backend ${backend}); the key would be kept in plain text` };
    }
    return { ok: true, backend };
  }

  function requireBackend(): string {
    const current = status();
    if (!current.ok) throw rememberError(current.code, current.message);
    return current.backend;
  }

  function read(): RememberedFile {
    if (!existsSync(file)) return { version: 1, programmes: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw rememberError('KEYCHAIN_UNREADABLE', 'The list of remembered programmes is damaged');
    }
    if (!isRememberedFile(parsed)) throw rememberError('KEYCHAIN_UNREADABLE', 'The list of remembered programmes is damaged');
    return parsed;
  }

  function write(content: RememberedFile): void {
    if (Object.keys(content.programmes).length === 0) {
      rmSync(file, { force: true });
      return;
    }
    writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
  }

  function checkFileId(fileId: string): void {
    if (!FILE_ID.test(fileId)) throw new KobleError('API_INVALID_INPUT', 'Not a programme file id');
  }

  return {
    status,
    isRemembered(fileId) {
      checkFileId(fileId);
      return Object.hasOwn(read().programmes, fileId);
    },
    remember(fileId, dataKey) {
      checkFileId(fileId);
      if (dataKey.length !== 32) throw new KobleError('API_INVALID_INPUT', 'A data key is 32 bytes');
      const backend = requireBackend();
      const content = read();
      const encrypted = safeStorage.encryptString(dataKey.toString('hex'));
      content.programmes[fileId] = { backend, key: encrypted.toString('base64'), savedAt: now().toISOString() };
      write(content);
    },
    recall(fileId) {
      checkFileId(fileId);
      const content = read();
      if (!Object.hasOwn(content.programmes, fileId)) return null;
      const entry = content.programmes[fileId]!;
      const backend = requireBackend();
      if (entry.backend !== backend) {
        throw rememberError('KEYCHAIN_CHANGED', `The key was saved with keychain ${entry.backend}, but ${backend} is in use now; unlock with the passphrase`);
      }
      let hex: string;
      try {
        hex = safeStorage.decryptString(Buffer.from(entry.key, 'base64'));
      } catch {
        throw rememberError('KEYCHAIN_UNREADABLE', 'The keychain could not decrypt the remembered key; unlock with the passphrase');
      }
      if (!DATA_KEY_HEX.test(hex)) throw rememberError('KEYCHAIN_UNREADABLE', 'The remembered key is damaged; unlock with the passphrase');
      return Buffer.from(hex, 'hex');
    },
    forget(fileId) {
      checkFileId(fileId);
      const content = read();
      if (!Object.hasOwn(content.programmes, fileId)) return;
      const { [fileId]: _removed, ...rest } = content.programmes;
      write({ version: 1, programmes: rest });
    },
  };
}

function isRememberedFile(value: unknown): value is RememberedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { version, programmes } = value as { version?: unknown; programmes?: unknown };
  if (version !== 1 || typeof programmes !== 'object' || programmes === null || Array.isArray(programmes)) return false;
  return Object.entries(programmes).every(
    ([id, entry]) =>
      FILE_ID.test(id) &&
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as Entry).backend === 'string' &&
      typeof (entry as Entry).key === 'string' &&
      typeof (entry as Entry).savedAt === 'string',
  );
}
