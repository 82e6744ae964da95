import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { rememberVault, unlockRemembered } from '../../vault/remembered-key.ts';
import { method } from '../method.ts';
import { requireKeychain, start } from './session-start.ts';

/** "Remember on this computer" (off by default): the data key kept by the OS keychain. */
export const rememberHandlers = {
  'vault.rememberStatus': method(z.object({}), (_input, { session, host }) => {
    const vault = session.requireVault();
    const status = host.keychain?.status();
    const available = status?.ok === true;
    return { available, remembered: available && host.keychain!.isRemembered(vault.fileId) };
  }),

  'vault.remember': method(z.object({ remember: z.boolean() }), ({ remember }, { session, host }) => {
    const vault = session.requireVault();
    const keychain = requireKeychain(host);
    if (remember) rememberVault(keychain, vault);
    else keychain.forget(vault.fileId);
    recordAudit(vault.db, { staffId: session.staffId, action: 'update', entity: 'programme', details: { rememberedOnThisComputer: remember } });
    return { remembered: remember };
  }),

  'vault.unlockRemembered': method(z.object({ path: z.string().min(1).max(4096) }), (input, ctx) => {
    const file = ctx.session.checkPath(input.path, ctx.host.trustsPaths, 'programme');
    const vault = unlockRemembered(requireKeychain(ctx.host), file);
    if (!vault) throw new KobleError('VAULT_NOT_REMEMBERED', 'This computer does not remember the key of that programme');
    return start(ctx, vault, null, 'unlock');
  }),
};
