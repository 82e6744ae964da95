import { z } from 'zod';
import { nowIso } from '../../../db/schema/columns.ts';
import { pullChanges } from '../../sync/pull.ts';
import { pushChanges } from '../../sync/push.ts';
import { markReviewed, syncStatus } from '../../sync/status.ts';
import { method } from '../method.ts';

const folder = z.string().min(1).max(4096);

/** Push, pull, status and conflict review for a shared folder; the folder is one chosen in a dialog (or any, from the CLI). */
export const syncHandlers = {
  'sync.push': method(z.object({ folder }), (input, { session, host }) => pushChanges(session.requireVault(), session.checkPath(input.folder, host.trustsPaths, 'folder'))),
  'sync.pull': method(z.object({ folder }), (input, { session, host }) => pullChanges(session.requireVault(), session.checkPath(input.folder, host.trustsPaths, 'folder'))),
  'sync.status': method(z.object({ folder: folder.optional() }), (input, { session, host }) =>
    syncStatus(session.requireVault(), input.folder === undefined ? undefined : session.checkPath(input.folder, host.trustsPaths, 'folder')),
  ),
  'sync.review': method(z.object({ ids: z.array(z.number().int().positive()).min(1).max(10_000) }), (input, { session }) => ({ reviewed: markReviewed(session.requireVault(), input.ids, nowIso()) })),
};
