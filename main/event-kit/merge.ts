import type { OpenVault } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import type { KitImportSummary } from '../events/types.ts';

export type KitDecision = { conflictId: string; choice: string };

export async function importKit(_vault: OpenVault, _path: string, _passphrase: string, _decisions: readonly KitDecision[], _staffId: string | null, _today: string): Promise<KitImportSummary> {
  throw new KobleError('INTERNAL', 'not yet');
}
