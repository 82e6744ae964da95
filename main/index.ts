import { join } from 'node:path';
import { app, ipcMain, powerMonitor, safeStorage, type BrowserWindow } from 'electron';
import { createApi } from './api/index.ts';
import { startSyncTimer } from './sync/sync-timer.ts';
import { installMenu } from './electron/app-menu.ts';
import { electronHost } from './electron/host.ts';
import { createRememberedKeys } from './electron/remember.ts';
import { bindApi } from './electron/ipc.ts';
import { bindLockEvents } from './electron/lock-events.ts';
import { applyOpenedFile, openedFile, openedFileFromArgv, type OpenedFile } from './electron/opened-file.ts';
import { rendererLocation } from './electron/renderer-location.ts';
import { createMainWindow, secureDefaultSession } from './electron/window.ts';

// The Electron entry: app lifecycle only. Everything it wires is in main/electron/.

let mainWindow: BrowserWindow | null = null;
let openApi: ReturnType<typeof createApi> | null = null;
/** A double-clicked .koble/.koblekit that arrived before the API existed (argv, or macOS's open-file before 'ready'). */
let pendingFile: OpenedFile | null = openedFileFromArgv(process.argv, { defaultApp: Boolean(process.defaultApp), cwd: process.cwd() });
const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function focusWindow(): void {
  const window = getWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** A file the OS asked us to open: shown on the unlock screen or the kit card (see opened-file.ts); the window comes forward. */
function receiveFile(file: OpenedFile | null): void {
  if (file && !openApi) pendingFile = file;
  else if (file && openApi && applyOpenedFile(openApi.session, file)) getWindow()?.webContents.reload();
  focusWindow();
}

async function start(): Promise<void> {
  await app.whenReady();
  // A packaged app ignores ELECTRON_RENDERER_URL: it would hand our preload to another page.
  const location = rendererLocation(app.getAppPath(), app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
  secureDefaultSession(location);

  // "Remember on this computer" (off until the user turns it on per programme in Innstillinger).
  const keychain = createRememberedKeys({ safeStorage, file: join(app.getPath('userData'), 'remembered.json'), platform: process.platform });
  const api = createApi(electronHost(getWindow, keychain));
  if (pendingFile) applyOpenedFile(api.session, pendingFile);
  openApi = api;
  bindApi(ipcMain, api, { url: location.url, webContentsId: () => getWindow()?.webContents.id ?? null });
  bindLockEvents(powerMonitor, api.session, (channel) => getWindow()?.webContents.send(channel));
  // A shared programme syncs with its folder at unlock and every few minutes while idle.
  startSyncTimer(api.session);
  installMenu(() => api.session.lock(), getWindow);

  app.on('before-quit', () => api.session.lock());
  // One window; closing it ends the app (on macOS too), so no key stays in memory without a window.
  app.on('window-all-closed', () => app.quit());

  mainWindow = createMainWindow(location);
  mainWindow.on('closed', () => {
    api.session.lock();
    mainWindow = null;
  });
}

// Every renderer sandboxed, whatever a window's options say (must run before 'ready').
app.enableSandbox();
// Chromium's date inputs follow the app locale: Norwegian dd.mm.åååå whatever the OS language.
app.commandLine.appendSwitch('lang', 'nb-NO');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A double-click while Koble runs starts a second instance, which hands its argv over and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    receiveFile(openedFileFromArgv(argv, { defaultApp: Boolean(process.defaultApp), cwd: workingDirectory }));
  });
  // macOS hands files over as events, also before 'ready' when the double-click launched Koble.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    receiveFile(openedFile(path, process.cwd()));
  });
  start().catch((error: unknown) => {
    console.error('Koble could not start', error instanceof Error ? error.message : error);
    app.exit(1);
  });
}
