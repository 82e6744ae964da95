import { basename } from 'node:path';
import { KobleError } from '../../../db/errors.ts';
import { readKeySlots } from '../../../db/vault/keyslots.ts';
import type { OpenVault } from '../../../db/vault/vault.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { updatePreferences } from '../../session/preferences.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { getStaff } from '../../staff/staff-repository.ts';
import type { AppHost, Keychain } from '../host.ts';
import type { ApiContext } from '../method.ts';

/** Opens `vault` in the session, records who opened it, and remembers it as the recent file. */
export function start(ctx: ApiContext, vault: OpenVault, staffId: string | null, action: 'unlock' | 'recover' | 'create' | 'join') {
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
