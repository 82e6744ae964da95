/**
 * The one error type that crosses from the data layer and the domain into the API envelope.
 * `code` is stable: the UI translates it, scripts match on it. `message` is English for logs and
 * the CLI and never contains personal data or key material.
 */
export class KobleError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
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
] as const;
export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

/**
 * Every stable error code Koble can return, the one list: KobleError takes only these, the API
 * envelope carries them, and resources/locales has an nb and an en text for each (locales.test.ts).
 * IPC_FAILED is the preload's own answer when a call does not reach the main process.
 */
export const ERROR_CODES = [
  ...VAULT_ERROR_CODES,
  'VAULT_NOT_REMEMBERED',
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_CHANGED',
  'KEYCHAIN_UNREADABLE',
  'IPC_FORBIDDEN',
  'IPC_FAILED',
  'API_UNKNOWN_METHOD',
  'API_INVALID_INPUT',
  'API_PATH_NOT_CHOSEN',
  'API_NOT_FOUND',
  'API_CONFLICT',
  'PIPELINE_TRANSITION_REFUSED',
  'IMPORT_UNREADABLE_FILE',
  'IMPORT_EMPTY_FILE',
  'IMPORT_NO_HEADER',
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_BAD_MAPPING',
  'IMPORT_INVALID_ROWS',
  'PRIVACY_ALREADY_ERASED',
  'PRIVACY_NAME_MISMATCH',
  'PRIVACY_NOT_DUE',
  'CONSENT_ALREADY_WITHDRAWN',
  'CONSENT_WITHDRAWN_BEFORE_GIVEN',
  'REFERENCE_VALUE_EXISTS',
  'REFERENCE_VALUE_IN_USE',
  'MATCHING_ALREADY_MATCHED',
  'MATCHING_BAD_SOLVER_INPUT',
  'MATCHING_NOT_ALLOWED',
  'MATCHING_PLAN_REFUSED',
  'MATCHING_TRANSITION_REFUSED',
  'PLACEMENT_TRANSITION_REFUSED',
  'JOB_NOT_FOUND',
  'JOB_CANCELLED',
  'REPORT_PERIOD_INVALID',
  'REPORT_WRITE_FAILED',
  'EVENT_HAS_CHECK_INS',
  'KIOSK_ACTIVE',
  'KIOSK_NOT_ACTIVE',
  'KIOSK_UNDO_EXPIRED',
  'KIOSK_CONSENT_REQUIRED',
  'KIT_UNREADABLE',
  'KIT_FROM_FUTURE',
  'KIT_OTHER_PROGRAMME',
  'KIT_EVENT_MISSING',
  'KIT_BAD_DECISION',
  'GRANT_BAD_PERIOD',
  'GRANT_COUNTY_NAME_MISSING',
  'GRANT_IN_USE',
  'HOURS_ONE_PERSON',
  'HOURS_OUTSIDE_GRANT',
  'REPORT_PERIOD_OUTSIDE_GRANT',
  'SYNC_FOLDER_MISSING',
  'SYNC_FILE_DAMAGED',
  'SYNC_SCHEMA_MISMATCH',
  'SYNC_WRONG_INVITATION_CODE',
  'SYNC_INVITATION_DAMAGED',
  'DISK_FULL',
  'MAIL_NOT_CONFIGURED',
  'MAIL_NO_MEETING_TIME',
  'MAIL_SETTINGS_INVALID',
  'MAIL_TEMPLATE_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A typed error for any area; the API passes its code, message and details to the caller. */
export function apiError(code: ErrorCode, message: string, details?: unknown): KobleError {
  return new KobleError(code, message, details);
}

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
