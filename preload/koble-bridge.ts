import type { ApiReply } from '../main/api/envelope.ts';

/**
 * What the preload puts on `window.koble`. The renderer declares `window.koble: KobleBridge` from
 * this type (a type-only import) and wraps it in its typed client.
 */
export type KobleBridge = {
  /** Calls one API method. Never rejects: every failure is an `{ ok: false, error }` reply. */
  call(method: string, input: unknown): Promise<ApiReply<unknown>>;
  /** Runs `callback` whenever the programme locks (idle, OS suspend or screen lock, "Lås nå"). Returns an unsubscribe function. */
  onLocked(callback: () => void): () => void;
};
