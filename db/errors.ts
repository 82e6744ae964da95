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
