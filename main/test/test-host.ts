import { join } from 'node:path';
import type { AppHost } from '../api/host.ts';
import { internalErrorLogLine } from '../api/internal-error-log.ts';

/** An AppHost for API tests: dialogs answer with paths inside `dir`. */
export function fakeHost(dir: string, options: { trustsPaths?: boolean; existing?: string; spreadsheet?: string; kit?: string } = {}): AppHost {
  return {
    appVersion: '0.0.0-test',
    dataDir: join(dir, 'appdata'),
    trustsPaths: options.trustsPaths ?? false,
    chooseNewFile: async (name) => join(dir, name),
    chooseExistingFile: async () => options.existing ?? null,
    chooseSpreadsheet: async () => options.spreadsheet ?? null,
    chooseExportFile: async (name) => join(dir, 'exports', name),
    chooseKitFile: async () => options.kit ?? null,
    reportInternalError: (method, error) => console.error(internalErrorLogLine(method, error), error),
  };
}
