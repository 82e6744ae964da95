import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { KobleError } from '../../db/errors.ts';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';
import { keysPathFor, KEYSLOT_FORMAT, KEYSLOT_VERSION, makePassphraseSlot, writeKeySlots, type KeySlot } from '../../db/vault/keyslots.ts';
import { sideFileFor } from '../../db/vault/laptop-identity.ts';
import { unlockWithDataKey, type OpenVault } from '../../db/vault/vault.ts';
import { openInvitation } from './invitation-file.ts';
import { writeState } from './sync-state.ts';

export type JoinInput = { invitation: string; path: string; code: string; passphrase: string };

/**
 * Joins a shared programme from an invitation: checks the code before anything is written, then
 * writes the snapshot as this laptop's programme file and a key file (both 0600) with the
 * newcomer's own passphrase slot and the programme's recovery slot, and opens it. Opening gives
 * this laptop its own laptop id (the snapshot's side file is not there); the snapshot's record of
 * the change files it holds becomes this laptop's, so its first pull applies only newer ones. The
 * inviting laptop's unpushed captures, push times and conflicts to review stay with that laptop.
 */
export async function joinProgramme(input: JoinInput): Promise<{ vault: OpenVault; staffId: string }> {
  const { path } = input;
  if (existsSync(path) || existsSync(keysPathFor(path))) throw new KobleError('VAULT_EXISTS', 'A programme file already exists at that place');
  if (!existsSync(input.invitation)) throw new KobleError('VAULT_NOT_FOUND', 'The invitation file does not exist');
  const { programme, meta, snapshot } = await openInvitation(readFileSync(input.invitation), input.code);
  const dataKey = Buffer.from(meta.dataKey, 'hex');
  const written = [path, `${path}-wal`, `${path}-shm`, keysPathFor(path), sideFileFor(path)];
  let vault: OpenVault | null = null;
  try {
    const slot = await makePassphraseSlot(null, meta.staffId, input.passphrase, dataKey, programme);
    const slots = [slot, ...(meta.recoverySlot ? [meta.recoverySlot as KeySlot] : [])];
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, snapshot);
    writeKeySlots(path, { format: KEYSLOT_FORMAT, version: KEYSLOT_VERSION, fileId: programme, cipher: meta.cipher, slots });
    vault = unlockWithDataKey(path, Buffer.from(dataKey));
    const db = vault.sqlite;
    db.transaction(() => {
      writeState(db, 'applied', meta.applied);
      db.exec("delete from sync_state where key in ('lastPush', 'lastPull', 'folder', 'lastError'); delete from sync_conflicts; delete from sync_changes; delete from sync_outbox;");
    })();
    return { vault, staffId: meta.staffId };
  } catch (error) {
    vault?.close();
    for (const file of written) rmSync(file, { force: true });
    if (error instanceof KobleError) throw error;
    throw new KobleError('SYNC_INVITATION_DAMAGED', 'The invitation could not be opened as a programme', { cause: error instanceof Error ? error.name : 'unknown' });
  } finally {
    dataKey.fill(0);
    snapshot.fill(0);
  }
}
