import { KobleError } from '../../db/errors.ts';
import type { OpenVault } from '../../db/vault/vault.ts';
import { pullChanges, type PullResult } from './pull.ts';
import { pushChanges, type PushResult } from './push.ts';
import { readState, writeState } from './sync-state.ts';

export type SyncNowResult = { pushed: PushResult; pulled: PullResult };
export type SyncError = { code: string; at: string };

/** The shared folder this laptop chose (Innstillinger → Deling), or null before one is chosen. */
export function chosenFolder(vault: OpenVault): string | null {
  return readState<string>(vault.sqlite, 'folder');
}

/**
 * One round with the chosen folder: this laptop's writes out, the others' in. Used by "Synkroniser
 * nå", at unlock and by the timer. A failure is kept (its code and time, for the Deling screen)
 * and thrown; the next success clears it.
 */
export function syncNow(vault: OpenVault, now = new Date()): SyncNowResult {
  const folder = chosenFolder(vault);
  if (!folder) throw new KobleError('SYNC_FOLDER_MISSING', 'No shared folder chosen on this laptop');
  try {
    const pushed = pushChanges(vault, folder, now);
    const pulled = pullChanges(vault, folder, now);
    vault.sqlite.prepare("delete from sync_state where key = 'lastError'").run();
    return { pushed, pulled };
  } catch (error) {
    const code = error instanceof KobleError ? error.code : 'INTERNAL';
    writeState(vault.sqlite, 'lastError', { code, at: now.toISOString() } satisfies SyncError);
    throw error;
  }
}
