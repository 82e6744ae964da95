import { homedir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { AppHost } from '../api/host.ts';
import { internalErrorLogLine } from '../api/internal-error-log.ts';

/** Where Electron keeps userData for "Koble", so the CLI and the app share preferences. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KOBLE_DATA_DIR) return env.KOBLE_DATA_DIR;
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Koble');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Koble');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Koble');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The CLI's host: paths come from the user's own command line, so they are trusted; no dialogs. */
export function cliHost(): AppHost {
  return {
    appVersion: version(),
    dataDir: defaultDataDir(),
    trustsPaths: true,
    chooseNewFile: async () => null,
    chooseExistingFile: async () => null,
    chooseSpreadsheet: async () => null,
    chooseExportFile: async () => null,
    chooseKitFile: async () => null,
    ...(process.env.KOBLE_SMTP_URL ? { smtpUrl: process.env.KOBLE_SMTP_URL } : {}),
    reportInternalError: (method, error) => {
      process.stderr.write(`${internalErrorLogLine(method, error)}\n`);
      if (process.env.KOBLE_DEBUG) console.error(error);
    },
  };
}
