import { ZodError } from 'zod';
import { apiError, diskFullError, ERROR_CODES, isDiskFull, KobleError, type ErrorCode } from '../../db/errors.ts';
import type { ApiError } from './envelope.ts';

export { apiError, KobleError };

/** Every stable error code the API can return (the one list is db/errors.ts ERROR_CODES). */
export const API_ERROR_CODES = ERROR_CODES;
export type ApiErrorCode = ErrorCode;

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
