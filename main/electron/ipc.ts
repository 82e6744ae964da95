import type { Api } from '../api/index.ts';
import type { ApiReply } from '../api/envelope.ts';
import { isMethodShaped } from '../api/methods.ts';
import { CALL_CHANNEL } from '../../preload/channels.ts';
import { isRendererUrl } from './renderer-location.ts';

/** The parts of an IpcMainInvokeEvent the binding looks at. */
export type CallEvent = {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
};

/** ipcMain, narrowed to what the binding uses, so it is tested with a fake. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: CallEvent, ...args: unknown[]) => Promise<ApiReply<unknown>>): void;
  removeHandler(channel: string): void;
};

export type TrustedRenderer = {
  /** the webContents id of our window, or null while there is none */
  webContentsId(): number | null;
  /** the page our window loads (see rendererLocation) */
  readonly url: string;
};

/** True only for our window's main frame showing our page. */
export function isTrustedSender(event: CallEvent, renderer: TrustedRenderer): boolean {
  const frame = event.senderFrame;
  const ownId = renderer.webContentsId();
  return ownId !== null && event.sender.id === ownId && frame !== null && frame.parent === null && isRendererUrl(frame.url, renderer.url);
}

export async function handleCall(api: Pick<Api, 'call'>, renderer: TrustedRenderer, event: CallEvent, method: unknown, input: unknown): Promise<ApiReply<unknown>> {
  if (!isTrustedSender(event, renderer)) {
    return { ok: false, error: { code: 'IPC_FORBIDDEN', message: 'Calls are accepted only from the Koble window' } };
  }
  if (!isMethodShaped(method)) {
    return { ok: false, error: { code: 'API_UNKNOWN_METHOD', message: `Unknown API method: ${String(method).slice(0, 100)}` } };
  }
  try {
    return await api.call(method, input);
  } catch {
    // api.call does not throw; this keeps the promise across IPC from ever rejecting if that changes.
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Koble' } };
  }
}

/** Binds the one call channel; returns the unbind function. */
export function bindApi(ipcMain: IpcMainLike, api: Pick<Api, 'call'>, renderer: TrustedRenderer): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, method, input) => handleCall(api, renderer, event, method, input));
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
