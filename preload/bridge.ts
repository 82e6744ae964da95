import type { ApiReply } from '../main/api/envelope.ts';
import { isMethodShaped } from '../main/api/methods.ts';
import { CALL_CHANNEL, LOCKED_CHANNEL } from './channels.ts';
import type { KobleBridge } from './koble-bridge.ts';

/** ipcRenderer.invoke, narrowed to what the bridge uses. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Subscribes to a main→renderer channel; returns an unsubscribe function. */
export type Subscribe = (channel: string, listener: () => void) => () => void;

function refused(method: unknown): ApiReply<unknown> {
  return { ok: false, error: { code: 'API_UNKNOWN_METHOD', message: `Unknown API method: ${String(method).slice(0, 100)}` } };
}

/**
 * Calls main over the one call channel, but only with a name shaped like a method (area.name):
 * anything else is answered here, without IPC. Main's dispatcher refuses a well-formed name that
 * has no handler. A failed invoke (no handler, unclonable input) becomes an error
 * reply, so the promise never rejects.
 */
export function shapeCheckedCall(invoke: Invoke): KobleBridge['call'] {
  return async (method, input) => {
    if (!isMethodShaped(method)) return refused(method);
    try {
      return (await invoke(CALL_CHANNEL, method, input)) as ApiReply<unknown>;
    } catch {
      return { ok: false, error: { code: 'IPC_FAILED', message: 'The call did not reach Koble' } };
    }
  };
}

export function createBridge(invoke: Invoke, subscribe: Subscribe): KobleBridge {
  const call = shapeCheckedCall(invoke);
  return {
    call: (method, input) => call(method, input),
    onLocked(callback) {
      // The IPC event is not passed on: the renderer gets no handle to ipcRenderer.
      return subscribe(LOCKED_CHANNEL, () => callback());
    },
  };
}
