import type { CommandContext } from './commands.ts';
import { secret } from './secrets.ts';
import { UsageError } from './usage-error.ts';

/** The `--db` path every programme command needs; a usage error (exit 1) when it is missing. */
export function dbPathOf(ctx: Pick<CommandContext, 'values'>): string {
  const value = ctx.values.db;
  if (typeof value !== 'string' || value.length === 0) throw new UsageError('--db is required');
  return value;
}

/** Unlocks the programme at `path` with KOBLE_PASSPHRASE, or asks for it in a terminal. */
export async function unlockProgramme(ctx: CommandContext, path: string): Promise<void> {
  await ctx.call('vault.unlock', { path, passphrase: await secret('KOBLE_PASSPHRASE', 'Passordfrase: ') });
}
