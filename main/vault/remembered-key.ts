import { readKeySlots } from '../../db/vault/keyslots.ts';
import { exportDataKey, unlockWithDataKey, type OpenVault } from '../../db/vault/vault.ts';
import type { Keychain } from './keychain.ts';

/** Saves the open programme's data key in the keychain slot ("remember on this computer"). */
export function rememberVault(keys: Keychain, vault: OpenVault): void {
  const dataKey = exportDataKey(vault);
  try {
    keys.remember(vault.fileId, dataKey);
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Opens the programme at `path` with its remembered key, or returns null when this computer does
 * not remember it. The key is owned (and wiped) by the vault from here on.
 */
export function unlockRemembered(keys: Keychain, path: string): OpenVault | null {
  const dataKey = keys.recall(readKeySlots(path).fileId);
  if (!dataKey) return null;
  try {
    return unlockWithDataKey(path, dataKey);
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
}
