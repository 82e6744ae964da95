import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { bindLockEvents, type PowerEvents } from './lock-events.ts';

function fakeSession() {
  const listeners = new Set<() => void>();
  const stopTimer = vi.fn();
  return {
    lock: vi.fn(() => {
      for (const listener of listeners) listener();
    }),
    onLock: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    startAutoLockTimer: vi.fn(() => stopTimer),
    stopTimer,
  };
}

describe('bindLockEvents', () => {
  it.each(['suspend', 'lock-screen'] as const)('locks on %s and tells the renderer', (name) => {
    const power = new EventEmitter();
    const session = fakeSession();
    const notify = vi.fn();
    bindLockEvents(power as PowerEvents, session, notify);
    power.emit(name);
    expect(session.lock).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledExactlyOnceWith('koble:locked');
  });

  it('starts the idle timer and tells the renderer about any lock, e.g. "Lås nå"', () => {
    const session = fakeSession();
    const notify = vi.fn();
    bindLockEvents(new EventEmitter() as PowerEvents, session, notify);
    expect(session.startAutoLockTimer).toHaveBeenCalledTimes(1);
    session.lock();
    expect(notify).toHaveBeenCalledWith('koble:locked');
  });

  it('unbinds everything', () => {
    const power = new EventEmitter();
    const session = fakeSession();
    const notify = vi.fn();
    const unbind = bindLockEvents(power as PowerEvents, session, notify);
    unbind();
    power.emit('suspend');
    session.lock();
    expect(session.lock).toHaveBeenCalledTimes(1);
    expect(notify).not.toHaveBeenCalled();
    expect(session.stopTimer).toHaveBeenCalledTimes(1);
    expect(power.listenerCount('suspend') + power.listenerCount('lock-screen')).toBe(0);
  });
});
