import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { criterionName, explanationText } from '../matching/explain.ts';
import type { CommandContext } from './commands.ts';
import { EXIT } from './exit-codes.ts';
import { cliLanguage } from './messages.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void | number> };

function option(ctx: CommandContext, name: string, required: boolean): string | undefined {
  const value = ctx.values[name];
  if (typeof value === 'string' && value.length > 0) return value;
  if (required) throw new UsageError(`--${name} is required`);
  return undefined;
}


function objectiveOf(ctx: CommandContext): 'score' | 'count' {
  const value = option(ctx, 'objective', false) ?? 'score';
  if (value !== 'score' && value !== 'count') throw new UsageError('--objective must be score or count');
  return value;
}

/** A refusal the command finds itself (bad input file): exit 2, said on stderr or as JSON. */
function refuse(ctx: CommandContext, code: string, message: string): number {
  if (ctx.json) ctx.out(JSON.stringify({ error: { code, message } }));
  else process.stderr.write(`Feil (${code}): ${message}\n`);
  return EXIT.refused;
}

/** Reads the solver's input file: `{ "scores": (number|null)[][], "capacity": number[], "objective"? }`. */
function readSolveInput(path: string): { ok: true; value: { scores: (number | null)[][]; capacity: number[]; objective?: 'score' | 'count' } } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, message: `Kan ikke lese filen ${path}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Filen er ikke gyldig JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'Filen må være et JSON-objekt med "scores" og "capacity"' };
  const { scores, capacity, objective } = value as Record<string, unknown>;
  if (!Array.isArray(scores)) return { ok: false, message: '"scores" må være en liste av rader (deltakere × mentorer)' };
  if (!Array.isArray(capacity)) return { ok: false, message: '"capacity" må være en liste med ett heltall per mentor' };
  if (objective !== undefined && objective !== 'score' && objective !== 'count') return { ok: false, message: '"objective" må være "score" eller "count"' };
  for (const [i, row] of scores.entries()) {
    if (!Array.isArray(row)) return { ok: false, message: `scores[${i}] må være en liste` };
    if (row.length !== capacity.length) return { ok: false, message: `scores[${i}] har ${row.length} verdier, men capacity har ${capacity.length} mentorer` };
    for (const [j, s] of row.entries()) {
      if (s !== null && (typeof s !== 'number' || !Number.isFinite(s))) return { ok: false, message: `scores[${i}][${j}] må være et tall eller null` };
    }
  }
  for (const [j, c] of capacity.entries()) {
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0) return { ok: false, message: `capacity[${j}] må være et heltall ≥ 0` };
  }
  return { ok: true, value: { scores: scores as (number | null)[][], capacity: capacity as number[], ...(objective ? { objective } : {}) } };
}

/**
 * `koble match suggest --participant ID --db PATH [--top N]`, `koble match plan --cohort ID --db PATH
 * [--objective score|count]` (a draft, nothing written) and `koble match solve --in FILE.json`
 * (the solver alone, no programme file).
 */
export const matchCommands: Record<string, Command> = {
  match: {
    options: {
      db: { type: 'string' },
      participant: { type: 'string' },
      top: { type: 'string' },
      cohort: { type: 'string' },
      objective: { type: 'string' },
      in: { type: 'string' },
    },
    async run(ctx) {
      const [sub, ...rest] = ctx.positionals;
      if (rest.length > 0) throw new UsageError(`match ${sub ?? ''} takes no words after it`);
      const language = cliLanguage();
      if (sub === 'suggest') {
        const participantId = option(ctx, 'participant', true)!;
        const topText = option(ctx, 'top', false) ?? '10';
        if (!/^\d+$/.test(topText) || Number(topText) < 1 || Number(topText) > 50) throw new UsageError('--top must be a whole number from 1 to 50');
        await unlockProgramme(ctx, dbPathOf(ctx));
        const suggestions = await ctx.call('matching.suggest', { participantId, top: Number(topText), language });
        if (ctx.json) {
          ctx.out(JSON.stringify(suggestions.map((s) => ({ ...s, breakdown: s.breakdown.map((b) => ({ ...b, text: explanationText(b.explanation, language) })) }))));
          return;
        }
        suggestions.forEach((s, rank) => {
          ctx.out(`${rank + 1}. ${s.mentorName}${s.employerName ? ` (${s.employerName})` : ''}\t${s.score.toFixed(1)}\t${s.mentorId}`);
          for (const b of s.breakdown) {
            if (b.weight === 0 && !b.mustHave) continue;
            ctx.out(`     ${b.met ? '✓' : '·'} ${criterionName(b.criterion, language)} ${b.share.toFixed(1)}: ${explanationText(b.explanation, language)}`);
          }
        });
        if (suggestions.length === 0) ctx.out(language === 'en' ? 'No candidates' : 'Ingen kandidater');
        return;
      }
      if (sub === 'plan') {
        const cohortId = option(ctx, 'cohort', true)!;
        const objective = objectiveOf(ctx);
        await unlockProgramme(ctx, dbPathOf(ctx));
        const plan = await ctx.call('matching.plan', { cohortId, objective });
        if (ctx.json) {
          ctx.out(JSON.stringify(plan));
          return;
        }
        for (const p of plan.pairs) ctx.out(`${p.participantId}\t${p.mentorId}\t${p.score.toFixed(1)}`);
        ctx.out(`${plan.pairs.length} par, total ${plan.totalScore.toFixed(1)}, ${plan.unmatched.length} uten mentor (utkast, ingenting er lagret)`);
        return;
      }
      if (sub === 'solve') {
        const path = option(ctx, 'in', true)!;
        const input = readSolveInput(path);
        if (!input.ok) return refuse(ctx, 'MATCHING_BAD_SOLVER_INPUT', input.message);
        const objective = option(ctx, 'objective', false) === undefined ? (input.value.objective ?? 'score') : objectiveOf(ctx);
        const result = await ctx.call('matching.solve', { ...input.value, objective });
        ctx.out(ctx.json ? JSON.stringify(result) : `${result.pairs.map(([i, j]) => `${i}\t${j}`).join('\n')}${result.pairs.length ? '\n' : ''}${result.pairs.length} par, total ${result.total}`);
        return;
      }
      throw new UsageError('Use: koble match suggest --participant ID --db FILE | koble match plan --cohort ID --db FILE | koble match solve --in FILE.json');
    },
  },
};
