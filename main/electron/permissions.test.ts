import { describe, expect, it } from 'vitest';
import { permissionAllowed } from './permissions.ts';

const RENDERER_URL = 'file:///opt/Koble/out/renderer/index.html';

describe('permissionAllowed', () => {
  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'unknown']) {
      expect(permissionAllowed(permission, RENDERER_URL, RENDERER_URL)).toBe(false);
    }
  });

  it('lets only our own page write text to the clipboard', () => {
    expect(permissionAllowed('clipboard-sanitized-write', RENDERER_URL, RENDERER_URL)).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://example.com/', RENDERER_URL)).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', undefined, RENDERER_URL)).toBe(false);
  });
});
