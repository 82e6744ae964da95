/**
 * The one error type that crosses from the data layer and the domain into the API envelope.
 * `code` is stable: the UI translates it, scripts match on it. `message` is English for logs and
 * the CLI and never contains personal data or key material.
 */
export class KobleError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'KobleError';
    this.code = code;
    this.details = details;
  }
}

/** Codes raised by the encrypted programme file (db/). */
export const VAULT_ERROR_CODES = [
  'VAULT_WRONG_PASSPHRASE',
  'VAULT_WRONG_RECOVERY_KEY',
  'VAULT_LOCKED',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_KEYS_MISSING',
  'VAULT_KEYS_DAMAGED',
  'VAULT_KEYS_MISMATCH',
  'VAULT_DAMAGED',
  'VAULT_FROM_FUTURE',
  'VAULT_LAST_SLOT',
  'VAULT_SLOT_NOT_FOUND',
  'VAULT_WEAK_PASSPHRASE',
  'VAULT_BACKUP_INVALID',
  'VAULT_BUSY',
] as const;
export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

export function vaultError(code: VaultErrorCode, message: string, details?: unknown): KobleError {
  return new KobleError(code, message, details);
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
}

/** SQLite's "database or disk is full" or the file system's ENOSPC (and EDQUOT, a full quota). */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof KobleError) return error.code === 'DISK_FULL';
  const code = errorCode(error);
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * DISK_FULL with how much room a write needs (`neededBytes`) and how much `folder` has, when both
 * are known. The message names no file and no personal data.
 */
export function diskFullError(folder?: string, neededBytes?: number, freeBytes?: number): KobleError {
  const mb = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024 / 1024));
  if (folder === undefined || neededBytes === undefined || freeBytes === undefined) return new KobleError('DISK_FULL', 'The disk is full');
  return new KobleError('DISK_FULL', `The disk is full: about ${mb(neededBytes)} MB is needed, ${mb(freeBytes)} MB is free`, {
    reason: 'needs',
    place: folder,
    neededMb: mb(neededBytes),
    freeMb: Math.floor(freeBytes / 1024 / 1024),
  });
}
