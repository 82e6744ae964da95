/** An `ok: false` reply from the API, thrown by the client so screens can catch it by code. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.details = details;
  }
}

/** Raised by the client itself when there is no bridge (the page was opened outside the app). */
export const BRIDGE_MISSING = 'BRIDGE_MISSING';
