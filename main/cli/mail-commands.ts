import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { ApiInput } from '../api/index.ts';
import type { CommandContext } from './commands.ts';
import { EXIT } from './exit-codes.ts';
import { UsageError } from './usage-error.ts';
import { dbPathOf, unlockProgramme } from './unlock.ts';

type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void | number> };
type SendInput = ApiInput<'mail.send'>;

const text = (ctx: CommandContext, name: string): string | undefined => {
  const value = ctx.values[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};
const required = (ctx: CommandContext, name: string): string => {
  const value = text(ctx, name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
};

/** --template, --event, --match, --person (repeatable), --checkpoint, --language, --subject/--body (free message). */
function sendRequest(ctx: CommandContext): SendInput {
  const people = ctx.values.person;
  const personIds = (Array.isArray(people) ? people : people ? [people] : []).filter((p): p is string => typeof p === 'string');
  const subject = text(ctx, 'subject');
  return {
    template: required(ctx, 'template') as SendInput['template'],
    ...(text(ctx, 'event') ? { eventId: text(ctx, 'event')! } : {}),
    ...(text(ctx, 'match') ? { matchId: text(ctx, 'match')! } : {}),
    ...(personIds.length ? { personIds } : {}),
    ...(text(ctx, 'checkpoint') ? { checkpoint: text(ctx, 'checkpoint') as SendInput['checkpoint'] } : {}),
    ...(text(ctx, 'language') ? { language: text(ctx, 'language') as SendInput['language'] } : {}),
    ...(subject ? { message: { subject, body: text(ctx, 'body') ?? '' } } : {}),
  };
}

const REQUEST_OPTIONS = {
  db: { type: 'string' },
  template: { type: 'string' },
  event: { type: 'string' },
  match: { type: 'string' },
  person: { type: 'string', multiple: true },
  checkpoint: { type: 'string' },
  language: { type: 'string' },
  subject: { type: 'string' },
  body: { type: 'string' },
  out: { type: 'string' },
} as const;

type JobOutcome = { sent: number; failed: number; uncertain: number; cancelled: number };

async function waitForJob(ctx: CommandContext, jobId: string | null): Promise<JobOutcome> {
  if (!jobId) return { sent: 0, failed: 0, uncertain: 0, cancelled: 0 };
  for (;;) {
    const status = await ctx.call('jobs.status', { jobId });
    if (status.state === 'done') return status.result as JobOutcome;
    if (status.state !== 'running') throw new UsageError(`The send stopped: ${status.error?.message ?? status.state}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const USE = 'Use: koble mail templates|preview|send|drafts --db FILE [--template T --event ID | --match ID | --person ID …] [--out DIR]';

async function runMail(ctx: CommandContext): Promise<void | number> {
  const [sub, ...extra] = ctx.positionals;
  if (extra.length > 0) throw new UsageError(USE);
  if (sub === 'templates') {
    await unlockProgramme(ctx, dbPathOf(ctx));
    const templates = await ctx.call('mail.templates', {});
    if (ctx.json) {
      ctx.out(JSON.stringify(templates));
      return;
    }
    for (const t of templates) ctx.out(`${t.kind}\t${t.language}\t${t.edited ? 'endret' : 'standard'}\t${t.subject}`);
    return;
  }
  if (sub === 'preview') {
    const request = sendRequest(ctx);
    await unlockProgramme(ctx, dbPathOf(ctx));
    const preview = await ctx.call('mail.preview', request);
    if (ctx.json) {
      ctx.out(JSON.stringify(preview));
      return;
    }
    ctx.out(`${preview.recipients} mottakere, ${preview.skipped.length} hoppet over`);
    const first = preview.messages[0];
    if (first) ctx.out(`\nTil: ${first.toName} <${first.toAddress}>\nEmne: ${first.subject}${first.hasCalendar ? '\n(med kalenderinvitasjon)' : ''}\n\n${first.body}`);
    for (const s of preview.skipped) ctx.out(`Hoppet over: ${s.name || s.personId} (${s.reason})`);
    return;
  }
  if (sub === 'send') {
    const request = sendRequest(ctx);
    await unlockProgramme(ctx, dbPathOf(ctx));
    const started = await ctx.call('mail.send', request);
    const outcome = await waitForJob(ctx, started.jobId);
    const summary = { ...outcome, skipped: started.skipped, alreadySent: started.alreadySent, uncertainBefore: started.uncertain };
    if (ctx.json) ctx.out(JSON.stringify(summary));
    else {
      ctx.out(`Sendt: ${outcome.sent}, feilet: ${outcome.failed}, usikre: ${outcome.uncertain + started.uncertain}, sendt før: ${started.alreadySent}, hoppet over: ${started.skipped.length}`);
      for (const s of started.skipped) ctx.out(`Hoppet over: ${s.name || s.personId} (${s.reason})`);
    }
    return outcome.failed > 0 || outcome.uncertain > 0 ? EXIT.refused : EXIT.done;
  }
  if (sub === 'drafts') {
    const request = sendRequest(ctx);
    const folder = resolve(required(ctx, 'out'));
    await unlockProgramme(ctx, dbPathOf(ctx));
    const result = await ctx.call('mail.drafts', { request, folder });
    if (ctx.json) {
      ctx.out(JSON.stringify(result));
      return;
    }
    ctx.out(`${result?.written ?? 0} utkast skrevet i ${folder} (åpne dem i Outlook og send); ${result?.alreadySent ?? 0} laget før, ${result?.skipped.length ?? 0} hoppet over`);
    return;
  }
  throw new UsageError(USE);
}

/** `koble event invite --event ID --out FILE.ics` / `koble match invite --match ID --out FILE.ics` in front of the existing group. */
function withInvite(base: Command, about: 'event' | 'match'): Command {
  return {
    options: { ...base.options, [about]: { type: 'string' }, out: { type: 'string' } },
    async run(ctx) {
      if (ctx.positionals[0] !== 'invite') return base.run(ctx);
      if (ctx.positionals.length > 1) throw new UsageError(`${about} invite takes no words after it`);
      const id = required(ctx, about);
      const out = resolve(required(ctx, 'out'));
      if (!out.toLowerCase().endsWith('.ics')) throw new UsageError('--out must name an .ics file');
      await unlockProgramme(ctx, dbPathOf(ctx));
      const result = await ctx.call('mail.calendarFile', { ...(about === 'event' ? { eventId: id } : { matchId: id }), path: out });
      ctx.out(ctx.json ? JSON.stringify(result) : `Kalenderinvitasjon skrevet: ${result.path}`);
    },
  };
}

/** `koble mail …`, and `invite` added to the event and match groups given. */
export function mailCommands(base: { event?: Command | undefined; match?: Command | undefined }): Record<string, Command> {
  if (!base.event || !base.match) throw new Error('mailCommands needs the event and match commands');
  return { mail: { options: REQUEST_OPTIONS, run: runMail }, event: withInvite(base.event, 'event'), match: withInvite(base.match, 'match') };
}
