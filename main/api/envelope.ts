/** What crosses every boundary (IPC, HTTP test host, CLI): nothing is thrown across. */
export type ApiError = { code: string; message: string; details?: unknown };
export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiError };
