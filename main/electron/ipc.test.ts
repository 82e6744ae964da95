import { describe, expect, it, vi } from 'vitest';
import type { ApiReply } from '../api/envelope.ts';
import { CALL_CHANNEL } from '../../preload/channels.ts';
import { bindApi, type CallEvent, type IpcMainLike } from './ipc.ts';

const RENDERER_URL = 'file:///opt/Koble/resources/app.asar/out/renderer/index.html';
const OWN_ID = 7;

function fakeIpcMain() {
  const handlers = new Map<string, (event: CallEvent, ...args: unknown[]) => Promise<ApiReply<unknown>>>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

function event(overrides: { id?: number; url?: string; parent?: unknown; noFrame?: boolean } = {}): CallEvent {
  return {
    sender: { id: overrides.id ?? OWN_ID },
    senderFrame: overrides.noFrame ? null : { url: overrides.url ?? `${RENDERER_URL}#/deltakere`, parent: overrides.parent ?? null },
  };
}

function setup() {
  const reply: ApiReply<unknown> = { ok: true, value: { version: '0.1.0' } };
  const api = { call: vi.fn(async () => reply) };
  const { ipcMain, handlers } = fakeIpcMain();
  const unbind = bindApi(ipcMain, api, { url: RENDERER_URL, webContentsId: () => OWN_ID });
  const handler = handlers.get(CALL_CHANNEL)!;
  return { api, reply, handler, handlers, unbind };
}

describe('bindApi', () => {
  it('binds exactly one channel, koble:call, and unbinds it', () => {
    const { handlers, unbind } = setup();
    expect([...handlers.keys()]).toEqual(['koble:call']);
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('passes a valid call from our window to api.call and returns its envelope', async () => {
    const { api, reply, handler } = setup();
    await expect(handler(event(), 'app.info', { a: 1 })).resolves.toBe(reply);
    expect(api.call).toHaveBeenCalledExactlyOnceWith('app.info', { a: 1 });
  });

  it.each([
    ['another webContents', event({ id: 8 })],
    ['a page from elsewhere', event({ url: 'https://example.com/' })],
    ['another local file', event({ url: 'file:///tmp/evil.html' })],
    ['a sub frame of our page', event({ parent: { url: RENDERER_URL } })],
    ['a frame that is gone', event({ noFrame: true })],
  ])('refuses a call from %s without calling the API', async (_name, foreign) => {
    const { api, handler } = setup();
    const reply = await handler(foreign, 'app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'IPC_FORBIDDEN' } });
    expect(api.call).not.toHaveBeenCalled();
  });

  it('refuses calls while there is no window', async () => {
    const api = { call: vi.fn() };
    const { ipcMain, handlers } = fakeIpcMain();
    bindApi(ipcMain, api, { url: RENDERER_URL, webContentsId: () => null });
    const reply = await handlers.get(CALL_CHANNEL)!(event(), 'app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'IPC_FORBIDDEN' } });
    expect(api.call).not.toHaveBeenCalled();
  });

  it.each(['vault.drop-everything', '__proto__', 'constructor', 42, undefined])('answers a name not shaped like a method %s with API_UNKNOWN_METHOD without calling the API', async (method) => {
    const { api, handler } = setup();
    const reply = await handler(event(), method, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
    expect(api.call).not.toHaveBeenCalled();
  });

  it('never rejects, even if the API throws', async () => {
    const api = { call: vi.fn(async () => Promise.reject(new Error('SELECT secret FROM people'))) };
    const { ipcMain, handlers } = fakeIpcMain();
    bindApi(ipcMain, api, { url: RENDERER_URL, webContentsId: () => OWN_ID });
    const reply = await handlers.get(CALL_CHANNEL)!(event(), 'app.info', {});
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Koble' } });
  });

  it('accepts the dev server page by origin', async () => {
    const api = { call: vi.fn(async () => ({ ok: true as const, value: null })) };
    const { ipcMain, handlers } = fakeIpcMain();
    bindApi(ipcMain, api, { url: 'http://localhost:5173/', webContentsId: () => OWN_ID });
    const handler = handlers.get(CALL_CHANNEL)!;
    await expect(handler(event({ url: 'http://localhost:5173/index.html' }), 'app.info', {})).resolves.toEqual({ ok: true, value: null });
    await expect(handler(event({ url: 'http://localhost:5174/' }), 'app.info', {})).resolves.toMatchObject({ ok: false });
  });
});
