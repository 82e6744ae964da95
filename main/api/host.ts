import type { Keychain } from '../vault/keychain.ts';

export type { Keychain };

/** What a folder dialog is for: the folder shared between laptops, or where Outlook drafts go. */
export type FolderPurpose = 'sharing' | 'drafts';

/**
 * What the API needs from the program hosting it (Electron, the CLI, the loopback test host).
 * Only these hosts know about windows and dialogs; the API stays plain Node.
 */
export interface AppHost {
  readonly appVersion: string;
  /** Folder for app state outside any programme: preferences, the demo programme. */
  readonly dataDir: string;
  /**
   * True for the CLI, whose user typed the paths. False where the renderer asks: then the API
   * accepts only paths the user chose in one of the host's dialogs (and the app's own files).
   */
  readonly trustsPaths: boolean;
  /** Save dialog for a new programme file; null when cancelled. */
  chooseNewFile(suggestedName: string): Promise<string | null>;
  /** Open dialog for an existing programme file; null when cancelled. */
  chooseExistingFile(): Promise<string | null>;
  /** Open dialog for a spreadsheet to import (.xlsx or .csv); null when cancelled. */
  chooseSpreadsheet(): Promise<string | null>;
  /** Save dialog for an export the user asked for (.xlsx or .json by `suggestedName`); null when cancelled. */
  chooseExportFile(suggestedName: string): Promise<string | null>;
  /** Open dialog for an event kit (.koblekit); null when cancelled. Kits are saved through chooseExportFile. */
  chooseKitFile(): Promise<string | null>;
  /**
   * Told about unexpected errors (bugs), for the host's log. The reply to the caller carries only
   * INTERNAL; hosts log the method, the error's type and stack frames, never input values.
   */
  reportInternalError?(method: string, error: unknown): void;
  /** Open dialog for a folder: the shared folder (Innstillinger → Deling) or e-mail drafts for Outlook; null when cancelled. */
  chooseFolder?(purpose: FolderPurpose, title: string): Promise<string | null>;
  /** Open dialog for an invitation to a shared programme (.kobleinvite); null when cancelled. */
  chooseInvitationFile?(): Promise<string | null>;
  /**
   * Opens a file Koble wrote (a report, an export) in the program the OS uses for it. The loopback
   * test host answers with a URL the page downloads the file from instead.
   */
  openFile?(path: string): Promise<{ downloadUrl: string } | void>;
  /** Shows a file Koble wrote in the OS file manager (Explorer, Finder). */
  showInFolder?(path: string): Promise<void>;
  /** An SMTP account given outside the programme (the CLI's KOBLE_SMTP_URL); it wins over the stored settings. */
  readonly smtpUrl?: string;
  /** The OS keychain, where the host has one. */
  readonly keychain?: Keychain;
}
