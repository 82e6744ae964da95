import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here: the module is replaced by fakes that record what window.ts asks for.
const electron = vi.hoisted(() => {
  const created: Array<{ options: { webPreferences: Record<string, unknown> }; contents: { listeners: Map<string, (...args: unknown[]) => void>; openHandler: ((d: { url: string }) => unknown) | null }; loaded: string[] }> = [];
  class BrowserWindow {
    readonly webContents;
    constructor(options: { webPreferences: Record<string, unknown> }) {
      const contents = {
        listeners: new Map<string, (...args: unknown[]) => void>(),
        openHandler: null as ((d: { url: string }) => unknown) | null,
        on(name: string, listener: (...args: unknown[]) => void) {
          contents.listeners.set(name, listener);
        },
        setWindowOpenHandler(handler: (d: { url: string }) => unknown) {
          contents.openHandler = handler;
        },
      };
      this.webContents = contents;
      created.push({ options, contents, loaded: this.loaded });
    }
    readonly loaded: string[] = [];
    once() {}
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    },
  };
  return { created, BrowserWindow, session, shell: { openExternal: vi.fn(() => Promise.resolve()) } };
});
vi.mock('electron', () => electron);

const { createMainWindow, secureDefaultSession } = await import('./window.ts');
const { CONTENT_SECURITY_POLICY } = await import('./csp.ts');

const location = { url: 'file:///app/out/renderer/index.html', preloadPath: '/app/out/preload/index.cjs' };

beforeEach(() => {
  electron.created.length = 0;
  vi.clearAllMocks();
});

describe('createMainWindow', () => {
  it('opens a sandboxed, isolated window on our page with our preload', () => {
    createMainWindow(location);
    const [window] = electron.created;
    expect(window!.options.webPreferences).toMatchObject({ preload: location.preloadPath, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window!.loaded).toEqual([location.url]);
  });

  it('blocks navigation away and new windows', () => {
    createMainWindow(location);
    const contents = electron.created[0]!.contents;
    const preventDefault = vi.fn();
    contents.listeners.get('will-navigate')!({ url: 'https://evil.example/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(contents.openHandler!({ url: 'https://www.nav.no/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.nav.no/');
  });
});

describe('secureDefaultSession', () => {
  it('sets the CSP header and denies permissions', () => {
    secureDefaultSession(location);
    const ses = electron.session.defaultSession;
    const onHeaders = ses.webRequest.onHeadersReceived.mock.calls[0]![0] as (d: unknown, cb: (r: unknown) => void) => void;
    const callback = vi.fn();
    onHeaders({ resourceType: 'mainFrame', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });

    const onRequest = ses.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void;
    const granted = vi.fn();
    onRequest(null, 'media', granted, { requestingUrl: location.url });
    expect(granted).toHaveBeenCalledWith(false);
    const onCheck = ses.setPermissionCheckHandler.mock.calls[0]![0] as (c: unknown, p: string, o: string, d: { requestingUrl?: string }) => boolean;
    expect(onCheck(null, 'geolocation', 'file://', { requestingUrl: location.url })).toBe(false);
    const onDevice = ses.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean;
    expect(onDevice()).toBe(false);
  });
});
