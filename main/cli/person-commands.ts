import { createInterface } from 'node:readline';
import type { CommandContext } from './commands.ts';
import { cliText } from './messages.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

const PERSON_USAGE = 'Bruk: koble person export ID --db FIL --out MAPPE [--format xlsx|json] | koble person erase ID --db FIL [--yes]';

/** The words after the command name (`koble person export ID …` → ['export', 'ID']). */
function words(ctx: CommandContext): string[] {
  return ctx.positionals[0] === 'person' ? ctx.positionals.slice(1) : ctx.positionals;
}

function option(ctx: CommandContext, name: string, required = true): string | undefined {
  const value = ctx.values[name];
  if (typeof value === 'string' && value.length > 0) return value;
  if (required) throw new UsageError(`--${name} is required`);
  return undefined;
}

function ask(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  return new Promise((resolve) => rl.question(prompt, (answer) => (rl.close(), resolve(answer))));
}

async function exportPerson(ctx: CommandContext, id: string): Promise<void> {
  const targetDir = option(ctx, 'out')!;
  const format = option(ctx, 'format', false);
  if (format !== undefined && format !== 'xlsx' && format !== 'json') throw new UsageError('--format must be xlsx or json');
  const formats: ('xlsx' | 'json')[] = format ? [format] : ['xlsx', 'json'];
  const paths: string[] = [];
  for (const f of formats) {
    const written = await ctx.call('privacy.exportPerson', { personId: id, format: f, targetDir });
    if (written) paths.push(written.path);
  }
  ctx.out(ctx.json ? JSON.stringify({ paths }) : `Innsyn skrevet (inneholder personopplysninger i klartekst):\n${paths.map((p) => `  ${p}`).join('\n')}`);
}

async function erasePerson(ctx: CommandContext, id: string): Promise<void> {
  const preview = await ctx.call('privacy.erasePreview', { personId: id });
  let confirmName = preview.name;
  if (ctx.values.yes !== true) {
    if (!process.stdin.isTTY) throw new UsageError(cliText('eraseNeedsYes'));
    confirmName = await ask(`Sletting kan ikke angres. Skriv det fulle navnet (${preview.name}) for å bekrefte: `);
  }
  const result = await ctx.call('privacy.erase', { personId: id, confirmName });
  ctx.out(ctx.json ? JSON.stringify(result) : `Slettet. Bare en anonym rest (id ${result.stubId}) er igjen for statistikken.`);
}

export const personCommands = {
  person: {
    options: { db: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, yes: { type: 'boolean' } },
    async run(ctx: CommandContext) {
      const [action, id, ...extra] = words(ctx);
      if ((action !== 'export' && action !== 'erase') || !id || extra.length > 0) throw new UsageError(PERSON_USAGE);
      await unlockProgramme(ctx, dbPathOf(ctx));
      await (action === 'export' ? exportPerson(ctx, id) : erasePerson(ctx, id));
    },
  },
} as const;
