import { afterEach, expect, it } from 'vitest';
import { ApiCallError } from '../../api/api-call-error.ts';
import { endsKiosk, kioskCall, onKioskEnded, screenAfterKiosk } from './kiosk-end.ts';

const file = { path: '/tmp/program.koble', name: 'program.koble' };

it('after a lock ended a programme kiosk: the unlock screen of its file, saying it was locked', () => {
  expect(screenAfterKiosk('kiosk', { state: 'locked', file }, true)).toEqual({ name: 'unlock', file, reason: 'auto' });
  expect(screenAfterKiosk('kiosk', { state: 'locked', file: null }, true)).toEqual({ name: 'start' });
  expect(screenAfterKiosk('kiosk', { state: 'unlocked', file }, true)).toEqual({ name: 'app' });
  expect(screenAfterKiosk('kiosk', { state: 'unlocked', file }, false)).toEqual({ name: 'start' });
  expect(screenAfterKiosk('kiosk', null, true)).toEqual({ name: 'start' });
});

it('a kit that ended goes back to the start screen, never into a programme', () => {
  expect(screenAfterKiosk('kit', { state: 'unlocked', file }, true)).toEqual({ name: 'start' });
  expect(screenAfterKiosk('kit', { state: 'locked', file }, false)).toEqual({ name: 'start' });
});

const g = globalThis as { window?: unknown };
afterEach(() => {
  delete g.window;
});

function replying(code: string | null) {
  g.window = { koble: { call: async () => (code ? { ok: false, error: { code, message: code } } : { ok: true, value: [] }) } };
}

it('a kiosk call answered KIOSK_NOT_ACTIVE or VAULT_LOCKED tells the app (which leaves the kiosk screen); other errors do not', async () => {
  let ended = 0;
  const off = onKioskEnded(() => ended++);
  try {
    for (const code of ['KIOSK_NOT_ACTIVE', 'VAULT_LOCKED']) {
      replying(code);
      await expect(kioskCall('kiosk.search', { query: 'bj', limit: 20 })).rejects.toMatchObject({ code });
    }
    expect(ended).toBe(2);
    replying('VAULT_WRONG_PASSPHRASE');
    await expect(kioskCall('kiosk.leave', { passphrase: 'feil' })).rejects.toMatchObject({ code: 'VAULT_WRONG_PASSPHRASE' });
    replying(null);
    expect(await kioskCall('kiosk.search', { query: 'bj', limit: 20 })).toEqual([]);
    expect(ended).toBe(2);
  } finally {
    off();
  }
  expect(endsKiosk(new ApiCallError('KIOSK_NOT_ACTIVE', ''))).toBe(true);
  expect(endsKiosk(new Error('KIOSK_NOT_ACTIVE'))).toBe(false);
});
