import type { KioskScreenState } from '../features/kiosk/kiosk-mode.ts';

/**
 * A programme file the user chose (or the recent one); the path is only handed back to main.
 * `remembered`: this computer keeps the file's key (known for the recent file, from vault.status).
 */
export type FileRef = { path: string; name: string; remembered?: boolean };

/** Why the unlock screen is showing. */
export type LockReason = 'auto' | 'manual' | null;

/** Which screen the app shows; the app frame has its own areas (see features/frame/areas.ts). */
export type Screen =
  | { name: 'loading' }
  | { name: 'start' }
  | { name: 'create' }
  | { name: 'join' }
  | { name: 'recoveryKey'; recoveryKey: string; fileName: string }
  | { name: 'unlock'; file: FileRef; reason: LockReason }
  | { name: 'recover'; file: FileRef }
  | { name: 'app' }
  | KioskScreenState;

/** What the frame shows about the open programme. */
export type OpenProgramme = {
  fileName: string;
  /** Null when no staff member unlocked it (the key this computer remembers) or after a reload; the frame asks staff.list. */
  staffName: string | null;
  /** Set when the demo programme is open: its passphrase is public and shown on screen. */
  demoPassphrase: string | null;
  /** The daily backup could not be made at unlock (a full disk): the frame says so until dismissed. */
  backupWarning?: boolean;
};
