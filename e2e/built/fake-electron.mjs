// A stand-in for the `electron` module, for running the built out/main/index.js under plain Node
// (start.built.test.ts). It records what start-up asks of Electron; when the window loads its
// page it probes the recorded handlers (the CSP listener, the one IPC channel) and prints one
// report line, then exits. Only what main uses is here: a missing export fails the import,
// as a wrong one would in Electron.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const report = { sandboxEnabled: false, singleInstanceLock: false, switches: [], appEvents: [], windows: [], handled: [], menuSet: false, session: {}, powerEvents: [] };
const appDir = process.env.FAKE_ELECTRON_APP_DIR;
const dataDir = process.env.FAKE_ELECTRON_DATA_DIR;
let callHandler = null;
let headersListener = null;
let probed = false;

function finish(extra) {
  process.stdout.write(`FAKE_ELECTRON_REPORT ${JSON.stringify({ ...report, ...extra })}\n`);
  process.exit(0);
}
setTimeout(() => finish({ timedOut: true }), Number(process.env.FAKE_ELECTRON_TIMEOUT_MS ?? 20_000)).unref();

/** Runs once the window loads its page: what the renderer's first calls would meet. */
async function probe(window) {
  if (probed) return;
  probed = true;
  const csp = headersListener ? await new Promise((done) => headersListener({ resourceType: 'mainFrame', responseHeaders: { 'content-security-policy': ["default-src *"] } }, done)) : null;
  const trusted = { sender: { id: window.webContents.id }, senderFrame: { url: window.loadedUrl, parent: null } };
  const stranger = { sender: { id: 999 }, senderFrame: { url: 'https://example.com/', parent: null } };
  const replies = callHandler
    ? {
        appInfo: await callHandler(trusted, 'app.info', {}),
        status: await callHandler(trusted, 'vault.status', {}),
        stranger: await callHandler(stranger, 'app.info', {}),
      }
    : null;
  finish({ csp: csp?.responseHeaders ?? null, replies });
}

let nextId = 1;
class FakeWebContents {
  constructor() {
    this.id = nextId++;
    this.listeners = {};
  }
  on(event, listener) {
    (this.listeners[event] ??= []).push(listener);
    return this;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send() {}
  reload() {}
}

export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = new FakeWebContents();
    this.loadedUrl = null;
    report.windows.push({ options, preloadExists: Boolean(options?.webPreferences?.preload && existsSync(options.webPreferences.preload)) });
  }
  on() {
    return this;
  }
  once() {
    return this;
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
  async loadURL(url) {
    this.loadedUrl = url;
    report.windows.at(-1).loadedUrl = url;
    setTimeout(() => void probe(this), 0);
  }
}

export const app = {
  isPackaged: false,
  commandLine: { appendSwitch: (name, value) => report.switches.push([name, value ?? null]) },
  enableSandbox: () => {
    report.sandboxEnabled = true;
  },
  requestSingleInstanceLock: () => {
    report.singleInstanceLock = true;
    return true;
  },
  whenReady: () => Promise.resolve(),
  on(event) {
    report.appEvents.push(event);
    return app;
  },
  quit: () => finish({ quit: true }),
  exit: (code) => finish({ exitCode: code }),
  getAppPath: () => appDir,
  getVersion: () => '0.0.0-built-test',
  getPath(name) {
    const dir = join(dataDir, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  },
};

export const ipcMain = {
  handle(channel, handler) {
    report.handled.push(channel);
    callHandler = (event, ...args) => handler(event, ...args);
  },
  removeHandler() {},
};

const defaultSession = {
  webRequest: {
    onHeadersReceived(listener) {
      headersListener = listener;
    },
  },
  setPermissionRequestHandler: (handler) => (report.session.permissionRequest = typeof handler === 'function'),
  setPermissionCheckHandler: (handler) => (report.session.permissionCheck = typeof handler === 'function'),
  setDevicePermissionHandler: (handler) => (report.session.devicePermission = typeof handler === 'function'),
};
export const session = { defaultSession };

export const powerMonitor = {
  on: (event) => report.powerEvents.push(event),
  removeListener() {},
};

export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => {
    throw new Error('no keychain in the stand-in');
  },
  decryptString: () => {
    throw new Error('no keychain in the stand-in');
  },
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: () => {
    report.menuSet = true;
  },
};

export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 0 }),
};

export const shell = { openExternal: async () => undefined };

export default { app, BrowserWindow, ipcMain, session, powerMonitor, safeStorage, Menu, dialog, shell };
