import { extname, join } from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { AppHost, Keychain } from '../api/host.ts';
import { internalErrorLogLine } from '../api/internal-error-log.ts';
import { openSavedFile, showSavedFileInFolder } from './saved-file.ts';

export const PROGRAMME_EXTENSION = 'koble';
const PROGRAMME_FILTERS: FileFilter[] = [{ name: 'Koble-program (*.koble)', extensions: [PROGRAMME_EXTENSION] }];

/** Adds .koble when the user typed a name without it (Linux save dialogs do not add it). */
export function withProgrammeExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${PROGRAMME_EXTENSION}`) ? path : `${path}.${PROGRAMME_EXTENSION}`;
}

/**
 * The AppHost for the desktop app: paths come only from the OS dialogs (trustsPaths false), so the
 * renderer can use only files the user picked. Dialogs are modal to the window when there is one.
 */
export function electronHost(getWindow: () => BrowserWindow | null, keychain?: Keychain): AppHost {
  return {
    ...(keychain ? { keychain } : {}),
    appVersion: app.getVersion(),
    dataDir: app.getPath('userData'),
    trustsPaths: false,
    async chooseNewFile(suggestedName) {
      const options = {
        title: 'Lagre nytt Koble-program',
        defaultPath: join(app.getPath('documents'), withProgrammeExtension(suggestedName)),
        filters: PROGRAMME_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return withProgrammeExtension(result.filePath);
    },
    async chooseExistingFile() {
      const options = {
        title: 'Åpne Koble-program',
        filters: PROGRAMME_FILTERS,
        properties: ['openFile'] as Array<'openFile'>,
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (result.canceled) return null;
      return result.filePaths[0] ?? null;
    },
    async chooseSpreadsheet() {
      const options = {
        title: 'Velg regneark å importere',
        filters: [{ name: 'Regneark (*.xlsx, *.csv)', extensions: ['xlsx', 'csv'] }],
        properties: ['openFile'] as Array<'openFile'>,
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (result.canceled) return null;
      return result.filePaths[0] ?? null;
    },
    async chooseExportFile(suggestedName) {
      const ext = extname(suggestedName).slice(1).toLowerCase();
      const options = {
        title: 'Lagre eksport',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: ext === 'json' ? 'JSON' : ext === 'koblekit' ? 'Arrangementssett (*.koblekit)' : 'Excel-arbeidsbok', extensions: [ext || 'xlsx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseKitFile() {
      const options = { title: 'Åpne arrangementssett', filters: [{ name: 'Arrangementssett (*.koblekit)', extensions: ['koblekit'] }], properties: ['openFile'] as Array<'openFile'> };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseInvitationFile() {
      const options = { title: 'Åpne invitasjon', filters: [{ name: 'Koble-invitasjon (*.kobleinvite)', extensions: ['kobleinvite'] }], properties: ['openFile'] as Array<'openFile'> };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder(_purpose, title) {
      const options = { title, defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openFile: openSavedFile,
    showInFolder: showSavedFileInFolder,
    reportInternalError(method, error) {
      console.error(internalErrorLogLine(method, error));
    },
  };
}
