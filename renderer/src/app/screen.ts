/** A programme file the user chose (or the recent one); the path is only handed back to main. */
export type FileRef = { path: string; name: string };

/** Why the unlock screen is showing. */
export type LockReason = 'auto' | 'manual' | null;

/** Which screen the app shows; the app frame has its own areas (see features/frame/areas.ts). */
export type Screen =
  | { name: 'loading' }
  | { name: 'start' }
  | { name: 'create' }
  | { name: 'recoveryKey'; recoveryKey: string; fileName: string }
  | { name: 'unlock'; file: FileRef; reason: LockReason }
  | { name: 'recover'; file: FileRef }
  | { name: 'app' };

/** What the frame shows about the open programme. */
export type OpenProgramme = {
  fileName: string;
  staffName: string | null;
  /** Set when the demo programme is open: its passphrase is public and shown on screen. */
  demoPassphrase: string | null;
};
