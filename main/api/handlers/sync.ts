import { basename } from 'node:path';
import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { nowIso } from '../../../db/schema/columns.ts';
import { ensureIdentity } from '../../../db/vault/laptop-identity.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { createInvitation } from '../../sync/invite.ts';
import { INVITATION_EXTENSION } from '../../sync/invitation-file.ts';
import { joinProgramme } from '../../sync/join.ts';
import { pullChanges } from '../../sync/pull.ts';
import { pushChanges, requireFolder } from '../../sync/push.ts';
import { markReviewed, syncStatus } from '../../sync/status.ts';
import { syncNow } from '../../sync/sync-now.ts';
import { writeState } from '../../sync/sync-state.ts';
import { assertAcceptablePassphrase } from '../../vault/passphrase-policy.ts';
import { method } from '../method.ts';
import { start } from './session-start.ts';

const folder = z.string().min(1).max(4096);
const path = z.string().min(1).max(4096);

/** Push, pull, status and conflict review for a shared folder; the folder is one chosen in a dialog (or any, from the CLI). */
export const syncHandlers = {
  'sync.push': method(z.object({ folder }), (input, { session, host }) => pushChanges(session.requireVault(), session.checkPath(input.folder, host.trustsPaths, 'folder'))),
  'sync.pull': method(z.object({ folder }), (input, { session, host }) => pullChanges(session.requireVault(), session.checkPath(input.folder, host.trustsPaths, 'folder'))),
  'sync.status': method(z.object({ folder: folder.optional() }), (input, { session, host }) =>
    syncStatus(session.requireVault(), input.folder === undefined ? undefined : session.checkPath(input.folder, host.trustsPaths, 'folder')),
  ),
  'sync.review': method(z.object({ ids: z.array(z.number().int().positive()).min(1).max(10_000) }), (input, { session }) => ({ reviewed: markReviewed(session.requireVault(), input.ids, nowIso()) })),

  /** Turns sharing on with a folder: one given (CLI) or chosen in the host's folder dialog; null when cancelled. */
  'sync.chooseFolder': method(z.object({ folder: folder.optional() }), async (input, { session, host }) => {
    const vault = session.requireVault();
    const chosen = input.folder !== undefined ? session.checkPath(input.folder, host.trustsPaths, 'folder') : await host.chooseFolder?.('sharing', 'Delt mappe for Koble');
    if (!chosen) return null;
    requireFolder(chosen);
    ensureIdentity(vault.sqlite, vault.path);
    writeState(vault.sqlite, 'folder', session.allowPath(chosen, 'folder'));
    return syncStatus(vault);
  }),

  'sync.setLaptopName': method(z.object({ name: z.string().trim().min(1).max(100) }), ({ name }, { session }) => {
    const vault = session.requireVault();
    ensureIdentity(vault.sqlite, vault.path);
    writeState(vault.sqlite, 'laptopName', name);
    return syncStatus(vault);
  }),

  /** "Synkroniser nå": push then pull with this laptop's chosen folder. */
  'sync.now': method(z.object({}), (_input, { session }) => {
    const { pushed, pulled } = syncNow(session.requireVault());
    return { sent: pushed.rows, applied: pulled.applied, rows: pulled.rows, conflicts: pulled.conflicts.length };
  }),

  /**
   * An invitation for a new coordinator (a staff member named `staffName`): written to `out`, or
   * where the host's save dialog says (null when cancelled). The code is returned once, to be read
   * out or sent apart from the file.
   */
  'sync.invite': method(z.object({ staffName: z.string().trim().min(1).max(200), out: path.optional() }), async (input, { session, host }) => {
    const vault = session.requireVault();
    // A file chosen in the save dialog may replace one there (the dialog asked); a typed path may not.
    const chosen = input.out === undefined;
    const out = chosen ? await host.chooseExportFile(`Koble-invitasjon.${INVITATION_EXTENSION}`) : session.checkPath(input.out!, host.trustsPaths, 'invitation');
    if (!out) return null;
    if (!out.endsWith(`.${INVITATION_EXTENSION}`)) throw new KobleError('API_INVALID_INPUT', `An invitation file name ends in .${INVITATION_EXTENSION}`);
    const invitation = await createInvitation(vault, out, input.staffName, { replace: chosen });
    recordAudit(vault.db, { staffId: session.staffId, action: 'create', entity: 'invitation', entityId: invitation.staffId });
    return invitation;
  }),

  /** Open dialog for an invitation file (the start screen's "Bli med i et delt program"); null when cancelled. */
  'sync.chooseInvitation': method(z.object({}), async (_input, { session, host }) => {
    const chosen = await host.chooseInvitationFile?.();
    return chosen ? { path: session.allowPath(chosen, 'invitation'), name: basename(chosen) } : null;
  }),

  /** Joins with an invitation: the newcomer's own passphrase; opens the new programme file. */
  'sync.join': method(z.object({ invitation: path, path, code: z.string().min(1).max(100), passphrase: z.string().min(1).max(1024) }), async (input, ctx) => {
    const invitation = ctx.session.checkPath(input.invitation, ctx.host.trustsPaths, 'invitation');
    const file = ctx.session.checkPath(input.path, ctx.host.trustsPaths, 'programme');
    await assertAcceptablePassphrase(input.passphrase);
    const { vault, staffId } = await joinProgramme({ invitation, path: file, code: input.code, passphrase: input.passphrase });
    return start(ctx, vault, staffId, 'join');
  }),
};
