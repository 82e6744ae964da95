import { describe, expect, it, vi } from 'vitest';
import { shapeCheckedCall, createBridge, type Invoke, type Subscribe } from './bridge.ts';

const noSubscribe: Subscribe = () => () => undefined;

describe('the preload bridge', () => {
  it('sends a call over the one channel and returns the reply', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: 'x' }));
    const bridge = createBridge(invoke, noSubscribe);
    await expect(bridge.call('app.info', { a: 1 })).resolves.toEqual({ ok: true, value: 'x' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('koble:call', 'app.info', { a: 1 });
  });

  it('lets names shaped like methods through (main refuses the ones without a handler)', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: null }));
    const call = shapeCheckedCall(invoke);
    const names = ['app.info', 'hours.setRates', 'vault.unlockRemembered', 'sync.join'];
    for (const method of names) await call(method, {});
    expect(invoke.mock.calls.map(([, method]) => method)).toEqual(names);
  });

  it.each(['constructor', '__proto__', 'toString', '', 'app.info ', 'app.', '.info', 'a.b.c', 'vault.drop-everything', 'App.info', `app.${'x'.repeat(200)}`, 7, null])('refuses %s without IPC', async (method) => {
    const invoke = vi.fn<Invoke>();
    const bridge = createBridge(invoke, noSubscribe);
    const reply = await bridge.call(method as string, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns a failed invoke into an error reply', async () => {
    const bridge = createBridge(async () => Promise.reject(new Error('An object could not be cloned.')), noSubscribe);
    await expect(bridge.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'IPC_FAILED' } });
  });

  it('passes "locked" to onLocked subscribers without the IPC event, and unsubscribes', () => {
    const listeners = new Map<string, () => void>();
    const subscribe = vi.fn<Subscribe>((channel, listener) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    });
    const bridge = createBridge(vi.fn<Invoke>(), subscribe);
    const callback = vi.fn();
    const unsubscribe = bridge.onLocked(callback);
    expect([...listeners.keys()]).toEqual(['koble:locked']);
    listeners.get('koble:locked')!();
    expect(callback).toHaveBeenCalledExactlyOnceWith();
    unsubscribe();
    expect(listeners.size).toBe(0);
  });
});
