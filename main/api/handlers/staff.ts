import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { readKeySlots, openWithPassphrase } from '../../../db/vault/keyslots.ts';
import { removePassphrase, replaceRecoveryKey, setPassphrase, staffWithPassphrase } from '../../../db/vault/vault.ts';
import { assertAcceptablePassphrase } from '../../vault/passphrase-policy.ts';
import { deactivateStaff, getStaff, insertStaff, listStaff } from '../../staff/staff-repository.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { method } from '../method.ts';

const passphrase = z.string().min(1).max(1024);
const staffId = z.string().min(1).max(100);

export const staffHandlers = {
  'staff.list': method(z.object({}), (_input, { session }) => {
    const vault = session.requireVault();
    const withSlot = new Set(staffWithPassphrase(vault));
    return listStaff(vault.db).map((member) => ({ ...member, hasPassphrase: withSlot.has(member.id), isMe: member.id === session.staffId }));
  }),

  'staff.add': method(z.object({ name: z.string().trim().min(1).max(200), passphrase }), async (input, { session }) => {
    const vault = session.requireVault();
    await assertAcceptablePassphrase(input.passphrase, [input.name]);
    const id = insertStaff(vault.db, input.name);
    try {
      await setPassphrase(vault, id, input.passphrase);
    } catch (error) {
      deactivateStaff(vault.db, id);
      throw error;
    }
    recordAudit(vault.db, { staffId: session.staffId, action: 'create', entity: 'staff', entityId: id });
    return { id };
  }),

  /** Takes a staff member's access away; the last passphrase cannot go. */
  'staff.remove': method(z.object({ staffId }), ({ staffId: id }, { session }) => {
    const vault = session.requireVault();
    getStaff(vault.db, id);
    removePassphrase(vault, id);
    deactivateStaff(vault.db, id);
    recordAudit(vault.db, { staffId: session.staffId, action: 'passphrase_removed', entity: 'staff', entityId: id });
    return null;
  }),

  /** Sets another staff member's passphrase (or one's own after a recovery). */
  'staff.setPassphrase': method(z.object({ staffId, passphrase }), async (input, { session }) => {
    const vault = session.requireVault();
    const member = getStaff(vault.db, input.staffId);
    if (!member.active) throw new KobleError('API_CONFLICT', 'That staff member no longer has access');
    await assertAcceptablePassphrase(input.passphrase, [member.name]);
    await setPassphrase(vault, input.staffId, input.passphrase);
    recordAudit(vault.db, { staffId: session.staffId, action: 'passphrase_set', entity: 'staff', entityId: input.staffId });
    return null;
  }),

  /** Changes the signed-in staff member's own passphrase; the current one must be given. */
  'staff.changePassphrase': method(z.object({ current: passphrase, next: passphrase }), async (input, { session }) => {
    const vault = session.requireVault();
    const me = session.staffId;
    if (!me) throw new KobleError('API_CONFLICT', 'Unlocked with the recovery key: set a passphrase for a staff member instead');
    const opened = await openWithPassphrase(readKeySlots(vault.path), input.current);
    if (!opened || opened.slot.staffId !== me) throw new KobleError('VAULT_WRONG_PASSPHRASE', 'Wrong passphrase');
    opened.dataKey.fill(0);
    await assertAcceptablePassphrase(input.next, [getStaff(vault.db, me).name]);
    await setPassphrase(vault, me, input.next);
    recordAudit(vault.db, { staffId: me, action: 'passphrase_set', entity: 'staff', entityId: me });
    return null;
  }),

  /** A new recovery key replaces the old one, which stops working. Shown once. */
  'staff.replaceRecoveryKey': method(z.object({}), (_input, { session }) => {
    const vault = session.requireVault();
    const recoveryKey = replaceRecoveryKey(vault);
    recordAudit(vault.db, { staffId: session.staffId, action: 'recovery_key_replaced', entity: 'programme' });
    return { recoveryKey };
  }),
};
