import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from './commands.ts';
import { cliLanguage } from './messages.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void | number> };

/** dd.mm.åååå, as the UI shows dates. */
const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** `koble grant list --db PATH [--json]`: every grant with its period, amount and next open deadline. */
export const grantCommands: Record<string, Command> = {
  grant: {
    options: { db: { type: 'string' } },
    async run(ctx) {
      const [sub, ...rest] = ctx.positionals;
      if (sub !== 'list' || rest.length > 0) throw new UsageError('Use: koble grant list --db FILE [--json]');
      await unlockProgramme(ctx, dbPathOf(ctx));
      const grants = await ctx.call('grants.list', {});
      if (ctx.json) {
        ctx.out(JSON.stringify(grants));
        return;
      }
      const en = cliLanguage() === 'en';
      const kroner = new Intl.NumberFormat(en ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 0 });
      for (const g of grants) {
        const next = g.deadlines.find((d) => d.doneOn === null);
        ctx.out(
          [
            g.funderName,
            g.scheme ?? '',
            `${day(g.periodStart)}–${day(g.periodEnd)}`,
            g.amount === null ? '' : `${kroner.format(g.amount)} kr`,
            next ? `${en ? 'due' : 'frist'} ${day(next.dueOn)}` : '',
            g.id,
          ].join('\t'),
        );
      }
      ctx.out(en ? `${grants.length} grants` : `${grants.length} tilskudd`);
    },
  },
};
