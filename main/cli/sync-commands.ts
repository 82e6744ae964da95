import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from './commands.ts';
import { secret } from './secrets.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void | number> };

const USAGE =
  'Use: koble sync push --db FILE --folder DIR | koble sync pull --db FILE --folder DIR [--json] | koble sync status --db FILE [--folder DIR] | koble sync invite --db FILE --out FILE.kobleinvite --staff NAME | koble sync join --invite FILE.kobleinvite --db NEWFILE';

function required(ctx: CommandContext, name: string): string {
  const value = ctx.values[name];
  if (typeof value === 'string' && value.length > 0) return value;
  throw new UsageError(`--${name} is required`);
}

function folderOf(ctx: CommandContext, required: boolean): string | undefined {
  const value = ctx.values.folder;
  if (typeof value === 'string' && value.length > 0) return value;
  if (required) throw new UsageError('--folder is required');
  return undefined;
}

/**
 * `koble sync push|pull|status`: this laptop's writes to the shared folder as one sealed change
 * file, the other laptops' files applied (`{"applied": n, "conflicts": [...]}` with --json), and
 * the sharing state with the conflicts not yet reviewed.
 */
export const syncCommands: Record<string, Command> = {
  sync: {
    options: { db: { type: 'string' }, folder: { type: 'string' }, out: { type: 'string' }, staff: { type: 'string' }, invite: { type: 'string' } },
    async run(ctx) {
      const [action, ...rest] = ctx.positionals;
      if (rest.length > 0 || !['push', 'pull', 'status', 'invite', 'join'].includes(action ?? '')) throw new UsageError(USAGE);
      const path = dbPathOf(ctx);
      if (action === 'join') {
        const invitation = required(ctx, 'invite');
        const code = await secret('KOBLE_INVITATION_CODE', 'Invitasjonskode: ');
        const passphrase = await secret('KOBLE_NEW_PASSPHRASE', 'Din nye passordfrase: ', { confirm: true });
        const joined = await ctx.call('sync.join', { invitation, path, code, passphrase });
        ctx.out(ctx.json ? JSON.stringify({ path, staffName: joined.staffName }) : `Programmet er lagt på denne maskinen: ${path} (${joined.staffName ?? ''}). Velg den delte mappen og synkroniser.`);
        return;
      }
      if (action === 'invite') {
        const out = required(ctx, 'out');
        const staffName = required(ctx, 'staff');
        await unlockProgramme(ctx, path);
        const invited = await ctx.call('sync.invite', { out, staffName });
        ctx.out(
          ctx.json
            ? JSON.stringify(invited)
            : `Invitasjon skrevet: ${invited!.path}\n\nInvitasjonskode (vises bare nå — les den opp eller send den på en annen måte enn filen):\n\n  ${invited!.code}\n`,
        );
        return;
      }
      const folder = folderOf(ctx, action !== 'status');
      await unlockProgramme(ctx, path);
      if (action === 'push') {
        const pushed = await ctx.call('sync.push', { folder: folder! });
        ctx.out(ctx.json ? JSON.stringify(pushed) : pushed.file ? `${pushed.rows} rader sendt: ${pushed.file}` : 'Ingen endringer å sende');
        return;
      }
      if (action === 'pull') {
        const pulled = await ctx.call('sync.pull', { folder: folder! });
        if (ctx.json) {
          ctx.out(JSON.stringify({ applied: pulled.applied, conflicts: pulled.conflicts, refused: pulled.refused }));
          return;
        }
        ctx.out(`${pulled.applied} endringsfiler tatt inn (${pulled.rows} rader), ${pulled.conflicts.length} konflikter til gjennomgang`);
        for (const c of pulled.conflicts) ctx.out(`Konflikt: ${c.table} ${c.rowId} ${c.column ?? ''} (${c.kind}, beholdt: ${c.kept === 'here' ? 'denne maskinen' : 'den andre'})`);
        for (const r of pulled.refused) ctx.out(`Ikke tatt inn (annet program): ${r.file}`);
      }
      const status = await ctx.call('sync.status', folder ? { folder } : {});
      ctx.out(ctx.json ? JSON.stringify(status) : `Delt: ${status.shared ? 'ja' : 'nei'}, sist sendt ${status.lastPush ?? '–'}, sist hentet ${status.lastPull ?? '–'}, ${status.unpushed} ikke sendt, ${status.conflicts.length} konflikter`);
    },
  },
};
