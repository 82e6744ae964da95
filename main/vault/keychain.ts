/**
 * "Remember on this computer": the programme's data key kept by the OS keychain (Electron
 * safeStorage), per programme file id. Off by default; only the desktop app has one.
 */
export type Keychain = {
  /** The keychain backend in use, or why remembering is not possible here. */
  status(): { ok: true; backend: string } | { ok: false; code: 'KEYCHAIN_UNAVAILABLE'; message: string };
  isRemembered(fileId: string): boolean;
  remember(fileId: string, dataKey: Buffer): void;
  /** The remembered data key (the caller wipes it after use), or null when none is saved. */
  recall(fileId: string): Buffer | null;
  forget(fileId: string): void;
};
