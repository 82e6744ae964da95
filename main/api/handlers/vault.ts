import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import {
  backupTo,
  checkIntegrity,
  createVault,
  restoreBackup,
  setPassphrase,
  staffWithPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../../db/vault/vault.ts';
import { assertAcceptablePassphrase, passphraseStrength } from '../../vault/passphrase-policy.ts';
import { getStaff, listStaff } from '../../staff/staff-repository.ts';
import { readPreferences } from '../../session/preferences.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { method } from '../method.ts';
import { throttled } from '../../session/throttled.ts';
import { rememberedState, start } from './session-start.ts';

const passphrase = z.string().min(1).max(1024);
const path = z.string().min(1).max(4096);

export const vaultHandlers = {
  'vault.status': method(
    z.object({}),
    (_input, { session, host }) => {
      const recent = session.currentPath ?? readPreferences(host.dataDir).recentFile;
      const recentFile = recent && existsSync(recent) ? session.allowPath(recent, 'programme') : null;
      return {
        state: session.unlocked ? ('unlocked' as const) : ('locked' as const),
        file: recentFile ? { path: recentFile, name: basename(recentFile), remembered: rememberedState(host, recentFile) } : null,
        autoLockInMs: session.unlocked ? session.autoLock.remainingMs() : null,
      };
    },
    { passive: true },
  ),

  'vault.touch': method(z.object({}), () => null),

  'vault.chooseNewFile': method(z.object({ suggestedName: z.string().max(200).default('Programme.koble') }), async ({ suggestedName }, { session, host }) => {
    const chosen = await host.chooseNewFile(suggestedName);
    return chosen ? { path: session.allowPath(chosen, 'programme'), name: basename(chosen) } : null;
  }),

  'vault.chooseExistingFile': method(z.object({}), async (_input, { session, host }) => {
    const chosen = await host.chooseExistingFile();
    if (!chosen) return null;
    const path = session.allowPath(chosen, 'programme');
    // While locked, the chosen file becomes the one the unlock screen shows.
    if (!session.unlocked) session.currentPath = path;
    return { path, name: basename(path), remembered: rememberedState(host, path) };
  }),

  'vault.passphraseStrength': method(
    z.object({ passphrase: z.string().max(1024), userInputs: z.array(z.string().max(200)).max(10).default([]) }),
    ({ passphrase: text, userInputs }) => passphraseStrength(text, userInputs),
    { passive: true },
  ),

  'vault.create': method(z.object({ path, staffName: z.string().trim().min(1).max(200), passphrase }), async (input, ctx) => {
    const file = ctx.session.checkPath(input.path, ctx.host.trustsPaths, 'programme');
    await assertAcceptablePassphrase(input.passphrase, [input.staffName]);
    const { vault, recoveryKey, staffId } = await createVault({ path: file, staffName: input.staffName, passphrase: input.passphrase });
    return { ...start(ctx, vault, staffId, 'create'), recoveryKey };
  }),

  'vault.unlock': method(z.object({ path, passphrase }), async (input, ctx) => {
    const file = ctx.session.checkPath(input.path, ctx.host.trustsPaths, 'programme');
    const vault = await throttled(ctx, file, () => unlockWithPassphrase(file, input.passphrase));
    return start(ctx, vault, vault.staffId, 'unlock');
  }),

  /** Opens with the recovery key and sets a new passphrase for a staff member (default: the first with one). */
  'vault.recover': method(
    z.object({ path, recoveryKey: z.string().min(1).max(200), newPassphrase: passphrase, staffId: z.string().optional() }),
    async (input, ctx) => {
      const file = ctx.session.checkPath(input.path, ctx.host.trustsPaths, 'programme');
      await assertAcceptablePassphrase(input.newPassphrase);
      const vault = await throttled(ctx, file, async () => unlockWithRecoveryKey(file, input.recoveryKey));
      try {
        const withSlot = staffWithPassphrase(vault);
        const staffId = input.staffId ?? withSlot[0] ?? listStaff(vault.db)[0]?.id;
        if (!staffId) throw new KobleError('API_NOT_FOUND', 'The programme has no staff member');
        getStaff(vault.db, staffId);
        await setPassphrase(vault, staffId, input.newPassphrase);
        return start(ctx, vault, staffId, 'recover');
      } catch (error) {
        vault.close();
        throw error;
      }
    },
  ),

  'vault.lock': method(z.object({}), (_input, { session }) => {
    session.lock();
    return null;
  }),

  'vault.check': method(z.object({}), (_input, { session }) => {
    const { problems, schema } = checkIntegrity(session.requireVault());
    return { ok: problems.length === 0, problems, schemaVersion: schema.applied, knownSchemaVersion: schema.known };
  }),

  'vault.backup': method(z.object({ target: path }), ({ target }, { session, host }) => {
    const file = session.checkPath(target, host.trustsPaths, 'programme');
    const vault = session.requireVault();
    backupTo(vault, file);
    recordAudit(vault.db, { staffId: session.staffId, action: 'backup', entity: 'programme' });
    return { path: file };
  }),

  /** Replaces the programme file with a backup (locks first if that file is open). */
  'vault.restore': method(z.object({ path, from: path, passphrase }), async (input, { session, host }) => {
    const file = session.checkPath(input.path, host.trustsPaths, 'programme');
    const from = session.checkPath(input.from, host.trustsPaths, 'programme');
    if (session.currentPath === file) session.lock();
    return restoreBackup({ path: file, from, passphrase: input.passphrase });
  }),
};
