import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { KobleError } from '../../db/errors.ts';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';
import { readKeySlots } from '../../db/vault/keyslots.ts';
import { ensureIdentity } from '../../db/vault/laptop-identity.ts';
import { exportDataKey, type OpenVault } from '../../db/vault/vault.ts';
import { insertStaff } from '../staff/staff-repository.ts';
import { newInvitationCode, sealInvitation } from './invitation-file.ts';
import { stampChanges } from './stamp.ts';
import { readState, type AppliedFiles } from './sync-state.ts';

export type Invitation = { path: string; code: string; staffId: string };

/**
 * Writes an invitation for a new coordinator: a staff member for them (a normal write, shared with
 * the others at the next push), then a consistent snapshot of the programme (VACUUM INTO, still
 * encrypted under the data key) sealed with a fresh invitation code. The snapshot's writes are
 * stamped first, so the newcomer holds every row with its clocks; it records the change files it
 * already contains (this laptop's up to its last push, and every file this laptop applied), so
 * the newcomer's first pull applies only newer ones.
 */
export async function createInvitation(vault: OpenVault, out: string, staffName: string, options: { replace?: boolean } = {}): Promise<Invitation> {
  if (existsSync(out) && !options.replace) throw new KobleError('VAULT_EXISTS', 'A file with that name already exists; choose another name for the invitation');
  const db = vault.sqlite;
  const laptop = ensureIdentity(db, vault.path);
  const staffId = insertStaff(vault.db, staffName);
  db.transaction(() => stampChanges(db, laptop.laptopId))();
  const applied: AppliedFiles = { ...(readState<AppliedFiles>(db, 'applied') ?? {}), [laptop.laptopId]: readState<number>(db, 'seq') ?? 0 };
  const recoverySlot = readKeySlots(vault.path).slots.find((slot) => slot.kind === 'recovery') ?? null;
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.snapshot-${randomBytes(6).toString('hex')}`;
  const key = exportDataKey(vault);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const code = newInvitationCode();
    const meta = { dataKey: key.toString('hex'), cipher: readKeySlots(vault.path).cipher, staffId, recoverySlot, applied };
    writeFileAtomic(out, await sealInvitation(vault.fileId, meta, readFileSync(temp), code));
    return { path: out, code, staffId };
  } finally {
    key.fill(0);
    rmSync(temp, { force: true });
  }
}
