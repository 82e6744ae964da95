import { problemText } from '../import/problem-text.ts';
import type { RowProblem } from '../import/types.ts';
import type { Command, CommandContext } from './commands.ts';
import { cliLanguage, errorText } from './messages.ts';
import { EXIT } from './exit-codes.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

/** "--map 'Header=field,Other header=,…'" as the API's mapping ('' leaves a column out). */
export function parseMapping(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const at = part.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map: "${part.trim()}" is not Header=field`);
    mapping[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return mapping;
}

type Answer = { imported: number; skipped: number; errors: { row: number; column: string; code: string; message: string }[]; moreErrors?: number };

function answer(imported: number, skipped: number, problems: RowProblem[], more: number): Answer {
  const language = cliLanguage();
  const errors = problems.map((p) => ({ row: p.row, column: p.column, code: p.code, message: problemText(p, language) }));
  return more > 0 ? { imported, skipped, errors, moreErrors: more } : { imported, skipped, errors };
}

function print(ctx: CommandContext, result: Answer, dryRun: boolean): void {
  if (ctx.json) {
    ctx.out(JSON.stringify(result));
    return;
  }
  const lines = result.errors.map((e) => `  rad ${e.row}${e.column ? `, «${e.column}»` : ''}: ${e.message}`);
  if (result.moreErrors) lines.push(`  … og ${result.moreErrors} til`);
  const head = dryRun
    ? `Prøvekjøring: ${result.skipped === 0 ? 'alle radene kan leses inn' : `${result.skipped} rader har feil`}`
    : `Lest inn: ${result.imported}, hoppet over: ${result.skipped}`;
  ctx.out([head, ...lines].join('\n'));
}

/** `koble import participants|mentors FILE --db PATH [--dry-run] [--skip-invalid] [--map …] [--json]` */
export const importCommand: Command = {
  options: { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'skip-invalid': { type: 'boolean' }, map: { type: 'string' } },
  async run(ctx) {
    const [kind, file, ...extra] = ctx.positionals;
    if (kind !== 'participants' && kind !== 'mentors') throw new UsageError('import: say participants or mentors');
    if (!file) throw new UsageError('import: name the .xlsx or .csv file');
    if (extra.length > 0) throw new UsageError(`import: unexpected ${extra.join(' ')}`);
    const db = dbPathOf(ctx);
    const mapping = typeof ctx.values.map === 'string' ? parseMapping(ctx.values.map) : undefined;
    const request = { kind, path: file, ...(mapping ? { mapping } : {}) } as const;
    await unlockProgramme(ctx, db);
    if (ctx.values['dry-run'] === true) {
      const preview = await ctx.call('import.preview', request);
      print(ctx, answer(0, preview.invalidRows, preview.problems, preview.moreProblems), true);
      return preview.invalidRows > 0 ? EXIT.refused : EXIT.done;
    }
    try {
      const result = await ctx.call('import.commit', { ...request, skipInvalid: ctx.values['skip-invalid'] === true });
      print(ctx, answer(result.imported, result.skipped, result.problems, result.moreProblems), false);
      return EXIT.done;
    } catch (error) {
      const refused = error as { code?: string; details?: { invalidRows: number; problems: RowProblem[]; moreProblems: number } };
      if (refused.code !== 'IMPORT_INVALID_ROWS' || !refused.details) throw error;
      const result = answer(0, refused.details.invalidRows, refused.details.problems, refused.details.moreProblems);
      print(ctx, result, false);
      if (!ctx.json) process.stderr.write(`${errorText('IMPORT_INVALID_ROWS', 'Rows have problems; nothing was imported')}\n`);
      return EXIT.refused;
    }
  },
};
