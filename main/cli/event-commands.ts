import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from './commands.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void | number> };

/** The kit passphrase only from KOBLE_KIT_PASSPHRASE (never argv, where others can read it). */
function kitPassphrase(): string {
  const value = process.env.KOBLE_KIT_PASSPHRASE;
  if (!value) throw new UsageError('Set KOBLE_KIT_PASSPHRASE to the event kit passphrase');
  return value;
}

const osloTime = (instant: string) => new Date(instant).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });

/**
 * `koble event list --db PATH [--json]`, `koble event kit export --event ID --db PATH --out FILE`
 * and `koble event kit import FILE --db PATH [--json]` (a summary; conflicts are listed, decided
 * in the app).
 */
export const eventCommands: Record<string, Command> = {
  event: {
    options: { db: { type: 'string' }, event: { type: 'string' }, out: { type: 'string' } },
    async run(ctx) {
      const [sub, action, ...rest] = ctx.positionals;
      if (sub === 'list') {
        if (action !== undefined) throw new UsageError('event list takes no words after it');
        await unlockProgramme(ctx, dbPathOf(ctx));
        const events = await ctx.call('events.list', {});
        if (ctx.json) {
          ctx.out(JSON.stringify(events));
          return;
        }
        for (const e of events) ctx.out(`${e.id}\t${osloTime(e.startsAt)}\t${e.kind}\t${e.title}\t${e.counts.attended}/${e.counts.total}`);
        ctx.out(`${events.length} arrangementer`);
        return;
      }
      if (sub === 'kit' && action === 'export') {
        if (rest.length > 0) throw new UsageError('event kit export takes no words after it');
        const eventId = ctx.values.event;
        const out = ctx.values.out;
        if (typeof eventId !== 'string' || !eventId) throw new UsageError('--event is required');
        if (typeof out !== 'string' || !out) throw new UsageError('--out is required');
        const passphrase = kitPassphrase();
        await unlockProgramme(ctx, dbPathOf(ctx));
        const result = await ctx.call('kit.export', { eventId, path: out, passphrase });
        ctx.out(ctx.json ? JSON.stringify(result) : `Arrangementssett skrevet: ${result.path} (${result.people} personer)`);
        return;
      }
      if (sub === 'kit' && action === 'import') {
        const [file, ...extra] = rest;
        if (!file || extra.length > 0) throw new UsageError('Use: koble event kit import FILE --db PATH');
        const passphrase = kitPassphrase();
        await unlockProgramme(ctx, dbPathOf(ctx));
        const summary = await ctx.call('kit.import', { path: file, passphrase });
        if (ctx.json) {
          ctx.out(JSON.stringify(summary));
          return;
        }
        ctx.out(`${summary.checkIns} innsjekkinger, ${summary.walkIns} uten påmelding (${summary.matched} funnet i programmet), ${summary.unchanged} uendret`);
        for (const c of summary.conflicts) ctx.out(`Konflikt ${c.conflictId}: ${c.personName} (${c.kind}) — avgjøres i Koble`);
        return;
      }
      throw new UsageError('Use: koble event list --db FILE | koble event kit export --event ID --db FILE --out FILE | koble event kit import FILE --db FILE');
    },
  },
};
