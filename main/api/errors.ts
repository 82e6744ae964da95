import { ZodError } from 'zod';
import { diskFullError, isDiskFull, KobleError, VAULT_ERROR_CODES } from '../../db/errors.ts';
import type { ApiError } from './envelope.ts';

export { KobleError };

/** Every stable error code the API can return. The UI and CLI translate them (resources/locales). */
export const API_ERROR_CODES = [
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
  'REPORT_PERIOD_INVALID',
  'REPORT_PERIOD_OUTSIDE_GRANT',
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
  'SYNC_FOLDER_MISSING',
  'SYNC_FILE_DAMAGED',
  'SYNC_SCHEMA_MISMATCH',
  'DISK_FULL',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export function apiError(code: ApiErrorCode, message: string, details?: unknown): KobleError {
  return new KobleError(code, message, details);
}

/**
 * Turns anything thrown into the envelope's error. A full disk is DISK_FULL. Unknown errors become INTERNAL with a generic
 * message: their text may hold SQL or personal data, so it is not passed on (the caller may log
 * the code and stack, never values).
 */
export function toApiError(error: unknown): ApiError {
  // A write that found the disk full (SQLITE_FULL, ENOSPC), wherever it happened: a plain DISK_FULL.
  if (isDiskFull(error) && !(error instanceof KobleError)) return toApiError(diskFullError());
  if (error instanceof KobleError) {
    return error.details === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof ZodError) {
    return {
      code: 'API_INVALID_INPUT',
      message: 'The input is not valid',
      details: error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message })),
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Koble' };
}
