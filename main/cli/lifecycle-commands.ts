import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };
import type { Command, CommandContext } from './commands.ts';
import { EXIT } from './exit-codes.ts';
import { cliLanguage, errorText } from './messages.ts';
import { UsageError } from './usage-error.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import { osloToday } from '../../shared/oslo-day.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';
import { LIVELIHOODS } from '../../shared/placements.ts';

/**
 * `koble match list|confirm|end` (the match lifecycle) and `koble placement list|add` (praksis),
 * through the same API as the app. `match suggest|plan|solve` stay with match-commands.ts: the
 * `match` command here hands every other sub-command to it.
 */

function option(ctx: CommandContext, name: string, required = false): string | undefined {
  const value = ctx.values[name];
  if (typeof value === 'string' && value.length > 0) return value;
  if (required) throw new UsageError(`--${name} is required`);
  return undefined;
}

function dateOption(ctx: CommandContext, name: string, required = false): string | undefined {
  const value = option(ctx, name, required);
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name} must be a date as YYYY-MM-DD`);
  return value;
}

function oneOf<T extends string>(ctx: CommandContext, name: string, allowed: readonly T[], required = false): T | undefined {
  const value = option(ctx, name, required);
  if (value !== undefined && !(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T | undefined;
}

type Problems = Record<string, string>;
function problemText(field: string, why: string, language: 'nb' | 'en'): string {
  const locale = (language === 'en' ? en : nb) as unknown as { placement?: { problems?: Problems; fields?: Problems } };
  const text = locale.placement?.problems?.[why];
  return text ? `${field}: ${text}` : `${field}: ${why}`;
}

/**
 * Runs an API call; an API_INVALID_INPUT refusal is printed field by field in the user's language
 * (stderr, or JSON with --json) and becomes exit 2. Anything else is left to the CLI's main().
 */
async function orRefused<T>(ctx: CommandContext, run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: number }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const { code, details } = error as { code?: unknown; details?: unknown };
    if (code !== 'API_INVALID_INPUT' || !Array.isArray(details)) throw error;
    const language = cliLanguage();
    const lines = (details as { path?: string; message?: string }[]).map((d) => problemText(String(d.path ?? ''), String(d.message ?? ''), language));
    const message = errorText('API_INVALID_INPUT', 'The input is not valid', language);
    if (ctx.json) ctx.out(JSON.stringify({ error: { code, message, details } }));
    else process.stderr.write(`Feil (API_INVALID_INPUT): ${message}\n${lines.map((l) => `  ${l}\n`).join('')}`);
    return { ok: false, code: EXIT.refused };
  }
}

const MATCH_STATUSES = ['proposed', 'intro_meeting', 'active', 'completed', 'ended_early', 'not_a_fit'] as const;
const PLACEMENT_STATUSES = ['planned', 'active', 'completed', 'ended_early', 'cancelled'] as const;

const LIFECYCLE_SUBS: Record<string, (ctx: CommandContext) => Promise<void | number>> = {
  async list(ctx) {
    const participantId = option(ctx, 'participant');
    const status = oneOf(ctx, 'status', MATCH_STATUSES);
    await unlockProgramme(ctx, dbPathOf(ctx));
    const rows = await ctx.call('matching.list', { ...(participantId ? { participantId } : {}), ...(status ? { status } : {}) });
    if (ctx.json) return ctx.out(JSON.stringify(rows));
    for (const r of rows) {
      const period = r.startedOn ? `${r.startedOn}–${r.endedOn ?? r.plannedEndOn ?? ''}` : (r.introMeetingAt ?? '');
      ctx.out(`${r.id}\t${r.participantName}\t${r.mentorName}\t${r.status}\t${r.score === null ? '' : r.score.toFixed(1)}\t${period}\t${r.meetings} møter`);
    }
    ctx.out(`${rows.length} koblinger`);
  },
  async confirm(ctx) {
    const matchId = option(ctx, 'match', true)!;
    const startOn = dateOption(ctx, 'start', true)!;
    const plannedEndOn = dateOption(ctx, 'planned-end');
    const goals = option(ctx, 'goals');
    await unlockProgramme(ctx, dbPathOf(ctx));
    const result = await orRefused(ctx, () => ctx.call('matching.confirm', { matchId, startOn, ...(plannedEndOn ? { plannedEndOn } : {}), ...(goals ? { goals } : {}) }));
    if (!result.ok) return result.code;
    ctx.out(ctx.json ? JSON.stringify(result.value) : `Koblingen er bekreftet: mentorperioden ${startOn}–${result.value.plannedEndOn}`);
  },
  async end(ctx) {
    const matchId = option(ctx, 'match', true)!;
    const outcome = oneOf(ctx, 'outcome', ['completed', 'ended_early'] as const, true)!;
    const reason = option(ctx, 'reason');
    const endedOn = dateOption(ctx, 'date') ?? osloToday();
    await unlockProgramme(ctx, dbPathOf(ctx));
    const result = await orRefused(ctx, () => ctx.call('matching.end', { matchId, endedOn, outcome, ...(reason ? { reason } : {}) }));
    if (!result.ok) return result.code;
    const stage = result.value.participantStage;
    ctx.out(ctx.json ? JSON.stringify(result.value) : `Koblingen er avsluttet (${outcome})${stage ? `; deltakeren er flyttet til ${stage}` : ''}`);
  },
};

const placement: Command = {
  options: {
    db: { type: 'string' },
    participant: { type: 'string' },
    status: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    organisation: { type: 'string' },
    'job-title': { type: 'string' },
    supervisor: { type: 'string' },
    nav: { type: 'boolean' },
    'nav-office': { type: 'string' },
    'nav-advisor': { type: 'string' },
    livelihood: { type: 'string' },
  },
  async run(ctx) {
    const [sub, ...rest] = ctx.positionals;
    if (rest.length > 0) throw new UsageError(`placement ${sub ?? ''} takes no words after it`);
    if (sub === 'list') {
      const participantId = option(ctx, 'participant');
      const status = oneOf(ctx, 'status', PLACEMENT_STATUSES);
      await unlockProgramme(ctx, dbPathOf(ctx));
      const rows = await ctx.call('placements.list', { ...(participantId ? { participantId } : {}), ...(status ? { status } : {}) });
      if (ctx.json) return ctx.out(JSON.stringify(rows));
      for (const r of rows) {
        const nav = r.navAgreement ? `NAV${r.navOfficeName ? ` ${r.navOfficeName}` : ''}` : '';
        ctx.out(`${r.id}\t${r.participantName}\t${r.organisationName ?? ''}\t${r.startsOn ?? ''}–${r.endedOn ?? r.endsOn ?? ''}\t${r.status}\t${nav}${r.warnings.length ? '\t(utenfor 3–6 mnd)' : ''}`);
      }
      ctx.out(`${rows.length} praksisplasser`);
      return;
    }
    if (sub === 'add') {
      const participantId = option(ctx, 'participant', true)!;
      const startsOn = dateOption(ctx, 'start', true)!;
      const endsOn = dateOption(ctx, 'end', true)!;
      const status = oneOf(ctx, 'status', ['planned', 'active'] as const);
      const livelihood = oneOf(ctx, 'livelihood', LIVELIHOODS);
      const text = (name: string) => option(ctx, name) ?? null;
      await unlockProgramme(ctx, dbPathOf(ctx));
      const result = await orRefused(ctx, () =>
        ctx.call('placements.create', {
          participantId,
          startsOn,
          endsOn,
          organisationId: text('organisation'),
          jobTitle: text('job-title'),
          supervisorName: text('supervisor'),
          navAgreement: ctx.values.nav === true,
          navOfficeId: text('nav-office'),
          navAdvisor: text('nav-advisor'),
          livelihood: livelihood ?? null,
          ...(status ? { status } : {}),
        }),
      );
      if (!result.ok) return result.code;
      const { placementId, warnings, participantStage } = result.value;
      if (ctx.json) return ctx.out(JSON.stringify(result.value));
      ctx.out(`Praksisplass lagret: ${placementId}${participantStage ? `; deltakeren er flyttet til ${participantStage}` : ''}`);
      if (warnings.length > 0) ctx.out(`Merk: ${(cliLanguage() === 'en' ? en : nb).placement.warnings.length_outside_3_6_months}`);
      return;
    }
    throw new UsageError('Use: koble placement list --db FILE [--participant ID] | koble placement add --participant ID --start DATE --end DATE --db FILE');
  },
};

/** The `match` command with list, confirm and end added to `base` (match-commands.ts), and the `placement` command. */
export function lifecycleCommands(base: Record<string, Command>): Record<string, Command> {
  const match = base.match;
  if (!match) throw new Error('lifecycleCommands needs the match command');
  return {
    match: {
      options: {
        ...match.options,
        match: { type: 'string' },
        status: { type: 'string' },
        start: { type: 'string' },
        'planned-end': { type: 'string' },
        goals: { type: 'string' },
        outcome: { type: 'string' },
        reason: { type: 'string' },
        date: { type: 'string' },
      },
      async run(ctx) {
        const own = LIFECYCLE_SUBS[ctx.positionals[0] ?? ''];
        if (!own) return match.run(ctx);
        if (ctx.positionals.length > 1) throw new UsageError(`match ${ctx.positionals[0]} takes no words after it`);
        return own(ctx);
      },
    },
    placement,
  };
}
