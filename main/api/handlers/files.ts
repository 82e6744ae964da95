import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { method, type ApiContext } from '../method.ts';

const input = z.object({ path: z.string().min(1).max(4096) });

/**
 * The path, if Koble wrote it in this session (Session.wrote); anything else, even on a host that
 * trusts paths, is refused: the renderer may not make the OS open a file it names itself.
 */
function writtenPath({ session }: ApiContext, path: string): string {
  try {
    return session.checkPath(path, false, 'written');
  } catch {
    throw new KobleError('API_PATH_NOT_CHOSEN', 'Only files Koble wrote in this session can be opened', { reason: 'not_written' });
  }
}

function hostCannot(): never {
  throw new KobleError('API_UNKNOWN_METHOD', 'This host cannot open files or show folders', { reason: 'host_cannot' });
}

/** "Åpne" and "Vis i mappen" for a report or export Koble has just saved. */
export const fileHandlers = {
  /** What this host can do with a saved file; the screen shows only those buttons. */
  'files.abilities': method(z.object({}), (_input, { host }) => ({ open: host.openFile !== undefined, showInFolder: host.showInFolder !== undefined })),

  /** Opens the file in its program; `downloadUrl` when the host hands it to the page as a download instead. */
  'files.open': method(input, async (input, ctx) => {
    const path = writtenPath(ctx, input.path);
    if (!ctx.host.openFile) hostCannot();
    const answer = await ctx.host.openFile(path);
    return { downloadUrl: answer ? answer.downloadUrl : null };
  }),

  'files.showInFolder': method(input, async (input, ctx) => {
    const path = writtenPath(ctx, input.path);
    if (!ctx.host.showInFolder) hostCannot();
    await ctx.host.showInFolder(path);
    return { shown: true };
  }),
};
