import type { ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import type { CommandContext } from './commands.ts';
import { EXIT } from './exit-codes.ts';
import { UsageError } from './usage-error.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void | number> };

type FunderJobResult = {
  path: string;
  sheets: string[];
  totals: { participantsActive: number; participantsNew: number; participantsCompleted: number; gotJob: number; events: number; attendance: number; hours: number; hoursValue: number };
};

function option(ctx: CommandContext, name: string): string {
  const value = ctx.values[name];
  if (typeof value === 'string' && value.length > 0) return value;
  throw new UsageError(`--${name} is required`);
}

function date(ctx: CommandContext, name: string): string {
  const value = option(ctx, name);
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a date written YYYY-MM-DD`);
  return value;
}

const number = (n: number) => n.toLocaleString('nb-NO', { maximumFractionDigits: 2 });

/**
 * `koble report funder --grant ID --from YYYY-MM-DD --to YYYY-MM-DD --db PATH --out FILE.xlsx
 * [--suppress-small] [--force] [--json]`: the same job the app runs (reports.startFunder), waited for here.
 * A period with days outside the grant's is refused (REPORT_PERIOD_OUTSIDE_GRANT, exit 2) unless --force.
 */
export const reportCommands: Record<string, Command> = {
  report: {
    options: { db: { type: 'string' }, grant: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, 'suppress-small': { type: 'boolean' }, force: { type: 'boolean' } },
    async run(ctx) {
      const [sub, ...rest] = ctx.positionals;
      if (sub !== 'funder' || rest.length > 0) {
        throw new UsageError('Use: koble report funder --grant ID --from YYYY-MM-DD --to YYYY-MM-DD --db FILE --out FILE.xlsx [--suppress-small] [--force] [--json]');
      }
      const grantId = option(ctx, 'grant');
      const from = date(ctx, 'from');
      const to = date(ctx, 'to');
      const out = resolve(option(ctx, 'out'));
      if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out must name an .xlsx file');
      await unlockProgramme(ctx, dbPathOf(ctx));
      const { jobId } = await ctx.call('reports.startFunder', { grantId, from, to, suppressSmall: ctx.values['suppress-small'] === true, force: ctx.values.force === true, path: out }).catch((error: unknown) => {
        const details = (error as { code?: string; details?: { grantFrom?: string; grantTo?: string } }).code === 'REPORT_PERIOD_OUTSIDE_GRANT' ? (error as { details?: { grantFrom?: string; grantTo?: string } }).details : undefined;
        if (details && !ctx.json) process.stderr.write(`Tilskuddets periode er ${details.grantFrom}–${details.grantTo}, rapportperioden ${from}–${to}. Bruk --force for å lage rapporten likevel.\n`);
        throw error;
      });
      for (;;) {
        const status = await ctx.call('jobs.status', { jobId });
        if (status.state === 'running') {
          await new Promise((done) => setTimeout(done, 20));
          continue;
        }
        if (status.state !== 'done') {
          const error = status.error ?? { code: 'INTERNAL', message: 'The report was cancelled' };
          if (ctx.json) ctx.out(JSON.stringify({ error }));
          else process.stderr.write(`Feil (${error.code}): ${error.message}\n`);
          return error.code === 'INTERNAL' ? EXIT.internal : EXIT.refused;
        }
        const result = status.result as FunderJobResult;
        if (ctx.json) {
          ctx.out(JSON.stringify(result));
          return;
        }
        const t = result.totals;
        ctx.out(`Rapport skrevet: ${result.path}`);
        ctx.out(`Ark: ${result.sheets.join(', ')}`);
        ctx.out(`Deltakere i perioden: ${number(t.participantsActive)} (nye ${number(t.participantsNew)}, fullført ${number(t.participantsCompleted)}, fått jobb ${number(t.gotJob)})`);
        ctx.out(`Arrangementer: ${number(t.events)}, oppmøte ${number(t.attendance)}`);
        ctx.out(`Egenandel: ${number(t.hours)} timer, ${number(t.hoursValue)} kr`);
        ctx.out('Filen er ikke kryptert: del den bare med dem som skal ha den.');
        return;
      }
    },
  },
};
