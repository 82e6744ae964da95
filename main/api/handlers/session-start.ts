import { basename } from 'node:path';
import { KobleError } from '../../../db/errors.ts';
import { readKeySlots } from '../../../db/vault/keyslots.ts';
import type { OpenVault } from '../../../db/vault/vault.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { updatePreferences } from '../../session/preferences.ts';
import { storedFailures, storeFailures } from '../../vault/failed-attempts.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { getStaff } from '../../staff/staff-repository.ts';
import type { AppHost, Keychain } from '../host.ts';
import type { ApiContext } from '../method.ts';

/** Opens `vault` in the session, records who opened it, and remembers it as the recent file. */
export function start(ctx: ApiContext, vault: OpenVault, staffId: string | null, action: 'unlock' | 'recover' | 'create') {
  recordAudit(vault.db, { staffId, action, entity: 'programme', details: action === 'unlock' && !staffId ? { via: 'keychain' } : undefined });
  ctx.session.open(vault, staffId, readProgrammeSettings(vault.db).autoLockMinutes);
  try {
    updatePreferences(ctx.host.dataDir, { recentFile: vault.path });
  } catch {
    // Remembering the recent file is a convenience: a full disk must not stop the unlock.
  }
  // warnings: what went wrong without stopping the unlock (a daily backup the disk had no room for), for the UI to show.
  return { staffName: staffId ? getStaff(vault.db, staffId).name : null, fileName: basename(vault.path), warnings: vault.warnings };
}

/**
 * Waits out the growing delay, then runs an unlock attempt and counts a wrong secret. Attempts on
 * one file run one at a time, so parallel guesses each wait their own, growing, delay.
 */
export function throttled<T>(ctx: ApiContext, file: string, attempt: () => Promise<T>): Promise<T> {
  const { throttle } = ctx.session;
  const { dataDir } = ctx.host;
  return throttle.oneAtATime(file, async () => {
    // Failures counted by earlier processes (the CLI run again, the app restarted) count here too.
    throttle.atLeast(file, storedFailures(dataDir, file));
    const delay = throttle.delayFor(file);
    if (delay > 0) await ctx.session.sleep(delay);
    try {
      const result = await attempt();
      throttle.succeeded(file);
      storeFailures(dataDir, file, 0);
      return result;
    } catch (error) {
      if (error instanceof KobleError && (error.code === 'VAULT_WRONG_PASSPHRASE' || error.code === 'VAULT_WRONG_RECOVERY_KEY')) {
        storeFailures(dataDir, file, throttle.failed(file));
      }
      throw error;
    }
  });
}

/** The host's keychain, or KEYCHAIN_UNAVAILABLE with the reason. */
export function requireKeychain(host: AppHost): Keychain {
  const status = host.keychain?.status();
  if (!host.keychain || !status?.ok) {
    throw new KobleError('KEYCHAIN_UNAVAILABLE', status && !status.ok ? status.message : 'This computer has no keychain Koble can use');
  }
  return host.keychain;
}

/** Whether this computer remembers the key of the programme file at `path` (false on any doubt). */
export function rememberedState(host: AppHost, path: string): boolean {
  if (!host.keychain?.status().ok) return false;
  try {
    return host.keychain.isRemembered(readKeySlots(path).fileId);
  } catch {
    return false;
  }
}
