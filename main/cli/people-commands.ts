import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };
import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from './commands.ts';
import { cliLanguage } from './messages.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void> };

function stageName(stage: string): string {
  const names: Record<string, string> = (cliLanguage() === 'en' ? en : nb).stages ?? {};
  return names[stage] ?? stage;
}


/** `koble people list --db PATH [--as-of DATE] [--json]` and `koble people search QUERY --db PATH [--json]`. */
export const peopleCommands: Record<string, Command> = {
  people: {
    options: { db: { type: 'string' }, 'as-of': { type: 'string' }, limit: { type: 'string' } },
    async run(ctx) {
      const [sub, ...rest] = ctx.positionals;
      if (sub === 'list') {
        if (rest.length > 0) throw new UsageError('people list takes no words after it');
        await unlockProgramme(ctx, dbPathOf(ctx));
        const asOf = typeof ctx.values['as-of'] === 'string' ? ctx.values['as-of'] : undefined;
        const rows = await ctx.call('people.list', asOf ? { asOf } : {});
        if (ctx.json) {
          ctx.out(JSON.stringify(rows));
          return;
        }
        for (const r of rows) {
          ctx.out([`${r.firstName} ${r.lastName}`.trim(), stageName(r.stage), `${r.daysInStage} d`, r.cohortName ?? '', r.mentorName ?? ''].join('\t'));
        }
        ctx.out(`${rows.length} deltakere`);
        return;
      }
      if (sub === 'search') {
        const query = rest.join(' ').trim();
        if (!query) throw new UsageError('people search needs a QUERY');
        const limitText = typeof ctx.values.limit === 'string' ? ctx.values.limit : '20';
        if (!/^\d+$/.test(limitText)) throw new UsageError('--limit must be a whole number');
        await unlockProgramme(ctx, dbPathOf(ctx));
        const hits = await ctx.call('people.search', { query, limit: Number(limitText) });
        if (ctx.json) {
          ctx.out(JSON.stringify(hits));
          return;
        }
        for (const h of hits) ctx.out([h.name, h.kind === 'mentor' ? 'mentor' : stageName(h.stage ?? ''), h.detail ?? '', h.id].join('\t'));
        if (hits.length === 0) ctx.out('Ingen treff');
        return;
      }
      throw new UsageError('Use: koble people list --db FILE | koble people search QUERY --db FILE');
    },
  },
};
