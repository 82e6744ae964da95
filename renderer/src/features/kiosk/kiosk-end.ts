/**
 * The kiosk can end under the kiosk screen: a screen lock, suspend, the idle lock or "Lås nå"
 * locks the programme, and the lock ends the kiosk. The screen then must not stay up (every
 * search would fail and Avslutt answer KIOSK_NOT_ACTIVE): App.tsx moves on as decided here.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../main/api/contract.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { call } from '../../api/client.ts';
import type { FileRef } from '../../app/screen.ts';

/** True for a reply that means the kiosk is no longer running (it ended, or the programme locked). */
export function endsKiosk(error: unknown): boolean {
  return error instanceof ApiCallError && (error.code === 'KIOSK_NOT_ACTIVE' || error.code === 'VAULT_LOCKED');
}

export type AfterKiosk = { name: 'unlock'; file: FileRef; reason: 'auto' } | { name: 'start' } | { name: 'app' };

/**
 * Where to go once the kiosk ended: a programme kiosk whose programme is locked → its unlock
 * screen (with "the programme was locked"); still unlocked → the programme; a kit, or nothing
 * known about the file → the start screen (with "check-in is not running").
 */
export function screenAfterKiosk(mode: 'kiosk' | 'kit', vault: { state: string; file: FileRef | null } | null, programmeOpen: boolean): AfterKiosk {
  if (mode === 'kit' || !vault) return { name: 'start' };
  if (vault.state === 'unlocked') return programmeOpen ? { name: 'app' } : { name: 'start' };
  return vault.file ? { name: 'unlock', file: vault.file, reason: 'auto' } : { name: 'start' };
}

const endedListeners = new Set<() => void>();

/** App.tsx listens: a kiosk call was answered "not running" or "locked". */
export function onKioskEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

/** The typed client for the kiosk screen's calls: a reply that ends the kiosk tells App.tsx, then throws as usual. */
export async function kioskCall<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  try {
    return await call(method, input);
  } catch (error) {
    if (endsKiosk(error)) for (const listener of endedListeners) listener();
    throw error;
  }
}
