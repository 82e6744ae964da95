import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { AppHost } from '../api/host.ts';
import { internalErrorLogLine } from '../api/internal-error-log.ts';

/**
 * A folder from the environment, or undefined when it is unset, empty or relative: the XDG base
 * directory spec treats an empty XDG_CONFIG_HOME as unset and a relative one as invalid, and
 * either would otherwise put Koble/ into whatever folder the command runs in.
 */
function absoluteDir(value: string | undefined): string | undefined {
  return value && isAbsolute(value) ? value : undefined;
}

/** Where Electron keeps userData for "Koble", so the CLI and the app share preferences. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.KOBLE_DATA_DIR) return env.KOBLE_DATA_DIR;
  if (platform === 'win32') return join(absoluteDir(env.APPDATA) ?? join(homedir(), 'AppData', 'Roaming'), 'Koble');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Koble');
  return join(absoluteDir(env.XDG_CONFIG_HOME) ?? join(homedir(), '.config'), 'Koble');
}

/** The CLI's host: paths come from the user's own command line, so they are trusted; no dialogs. */
export function cliHost(): AppHost {
  return {
    appVersion: pkg.version,
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
