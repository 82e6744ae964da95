import { BrowserWindow, session, shell } from 'electron';
import { withCspHeader } from './csp.ts';
import { guardContents } from './navigation.ts';
import { permissionAllowed } from './permissions.ts';
import type { RendererLocation } from './renderer-location.ts';
import { secureWebPreferences } from './web-preferences.ts';

/** Session-wide rules, set once before the first window: the CSP header and denied permissions. */
export function secureDefaultSession(location: RendererLocation): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => callback(withCspHeader(details)));
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl, location.url));
  });
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) => permissionAllowed(permission, details.requestingUrl, location.url));
  ses.setDevicePermissionHandler(() => false);
}

export function createMainWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Koble',
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    webPreferences: secureWebPreferences(location.preloadPath),
  });
  guardContents(window.webContents, location.url, (url) => {
    shell.openExternal(url).catch(() => undefined);
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(location.url).catch((error: unknown) => {
    console.error('Koble: the window could not load its page', error instanceof Error ? error.message : error);
  });
  return window;
}
