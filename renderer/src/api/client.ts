import type { ApiInput, ApiMethod, ApiOutput } from '../../../main/api/contract.ts';
import { ApiCallError, BRIDGE_MISSING } from './api-call-error.ts';
import { bridge } from './bridge.ts';

export { ApiCallError };

type LockedListener = () => void;
const lockedListeners = new Set<LockedListener>();

/** Subscribes to "the programme is locked", learnt from any call that fails with VAULT_LOCKED. */
export function onVaultLocked(listener: LockedListener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

/**
 * The typed API client: the method name decides the input and result types.
 * Throws ApiCallError on an `ok: false` reply.
 */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const koble = bridge();
  if (!koble) throw new ApiCallError(BRIDGE_MISSING, 'window.koble is not available');
  const reply = await koble.call(method, input);
  if (!reply.ok) {
    if (reply.error.code === 'VAULT_LOCKED') for (const listener of lockedListeners) listener();
    throw new ApiCallError(reply.error.code, reply.error.message, reply.error.details);
  }
  // The single boundary cast: the bridge is untyped IPC/HTTP, and main's handler for `method`
  // produced this value, so it has that method's output type.
  return reply.value as ApiOutput<M>;
}
