import { resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session } from '../session/session.ts';

/**
 * A file the OS asked Koble to open: a double-clicked programme (.koble) or event kit (.koblekit),
 * from the command line (Windows, Linux, a second instance's argv) or macOS's `open-file` event.
 * No electron here: main/index.ts only passes what Electron hands it.
 */
export type OpenedFile = { readonly kind: 'programme' | 'kit'; readonly path: string };

/**
 * The kind of file a path names by its extension, or null for anything else (a .koble.keys file too).
 * A file:// URL is taken as its path: Linux desktop entries pass files as %U, which some file managers fill with URLs.
 */
export function openedFile(arg: string, cwd: string): OpenedFile | null {
  let path = arg;
  if (arg.startsWith('file://')) {
    try {
      path = fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  const lower = path.toLowerCase();
  const kind = lower.endsWith('.koble') ? 'programme' : lower.endsWith('.koblekit') ? 'kit' : null;
  if (!kind) return null;
  // win32's test takes both C:\… and /… as absolute, so a path from either OS is kept as given.
  return { kind, path: win32.isAbsolute(path) ? path : resolve(cwd, path) };
}

/**
 * The file in a command line, if any: the last .koble/.koblekit argument after the executable
 * (and after the app folder when Electron runs an unpackaged app, `process.defaultApp`).
 * Switches (--flag, macOS's -psn_…) are skipped; Chromium adds some to a second instance's argv.
 */
export function openedFileFromArgv(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): OpenedFile | null {
  const args = argv.slice(options.defaultApp ? 2 : 1).filter((arg) => !arg.startsWith('-'));
  for (let i = args.length - 1; i >= 0; i--) {
    const file = openedFile(args[i]!, options.cwd);
    if (file) return file;
  }
  return null;
}

/** What the app is doing when a file arrives. */
export type OpenState = { readonly unlocked: boolean; readonly currentPath: string | null; readonly kioskRunning: boolean };

/**
 * What to do with it:
 * - `unlock`: show the unlock screen for the programme (locking the open one first when it is another);
 * - `kit`: the start screen's "open an event kit" with this file, asking for the kit passphrase;
 * - `focus`: only bring the window forward: the kiosk is running (leaving it needs a staff
 *   passphrase), the programme is already open, or a kit arrives while a programme is open
 *   (merging it is Arrangementer's "import kit", never started by a double click).
 */
export type OpenAction = { readonly do: 'unlock'; readonly lockFirst: boolean } | { readonly do: 'kit' } | { readonly do: 'focus' };

export function openAction(file: OpenedFile, state: OpenState): OpenAction {
  if (state.kioskRunning) return { do: 'focus' };
  if (file.kind === 'kit') return state.unlocked ? { do: 'focus' } : { do: 'kit' };
  if (!state.unlocked) return { do: 'unlock', lockFirst: false };
  return resolve(file.path) === state.currentPath ? { do: 'focus' } : { do: 'unlock', lockFirst: true };
}

/**
 * Applies the action to the session: the file counts as chosen by the user (as from a file
 * dialog) and becomes the one the unlock screen or the kit card shows. Returns true when the
 * window must reload to show it (its first look reads vault.status and kit.opened).
 */
export function applyOpenedFile(session: Session, file: OpenedFile): boolean {
  const action = openAction(file, { unlocked: session.unlocked, currentPath: session.currentPath, kioskRunning: session.kiosk !== null });
  switch (action.do) {
    case 'focus':
      return false;
    case 'unlock':
      if (action.lockFirst) session.lock();
      session.currentPath = session.allowPath(file.path, 'programme');
      return true;
    case 'kit':
      session.openedKit = session.allowPath(file.path, 'kit');
      return true;
  }
}
