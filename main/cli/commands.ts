import { existsSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import type { ApiInput, ApiMethod, ApiOutput } from '../api/index.ts';
import { DEMO_STAFF_NAME } from '../demo/passphrase.ts';
import { DEMO_PASSPHRASE } from '../demo/passphrase.ts';
import { personCommands } from './person-commands.ts';
import { EXIT } from './exit-codes.ts';
import { secret } from './secrets.ts';
import { unlockProgramme } from './unlock.ts';
import { UsageError } from './usage-error.ts';
import { peopleCommands } from './people-commands.ts';
import { importCommand } from './import-command.ts';
import { matchCommands } from './match-commands.ts';
import { lifecycleCommands } from './lifecycle-commands.ts';
import { eventCommands } from './event-commands.ts';
import { grantCommands } from './grant-commands.ts';
import { reportCommands } from './report-commands.ts';

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export type CommandContext = {
  values: Values;
  positionals: string[];
  call: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;
  out: (line: string) => void;
  json: boolean;
};

/** `run` may return an exit code (e.g. 2 when it printed its answer but refused); nothing means 0. */
export type Command = { options: NonNullable<ParseArgsConfig['options']>; run: (ctx: CommandContext) => Promise<void | number> };

function text(values: Values, name: string, required = true): string | undefined {
  const value = values[name];
  if (typeof value === 'string' && value.length > 0) return value;
  if (required) throw new UsageError(`--${name} is required`);
  return undefined;
}

function integer(values: Values, name: string): number | undefined {
  const raw = text(values, name, false);
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number`);
  return Number(raw);
}


function print(ctx: CommandContext, value: unknown, human: string): void {
  ctx.out(ctx.json ? JSON.stringify(value) : human);
}

const db = { db: { type: 'string' } } as const;

export const commands: Record<string, Command> = {
  ...peopleCommands,
  import: importCommand,
  ...personCommands,
  ...matchCommands,
  ...lifecycleCommands(matchCommands),
  ...eventCommands,
  ...grantCommands,
  ...reportCommands,
  init: {
    options: { ...db, staff: { type: 'string' } },
    async run(ctx) {
      const path = text(ctx.values, 'db')!;
      const staffName = text(ctx.values, 'staff', false) ?? 'Koordinator';
      const passphrase = await secret('KOBLE_PASSPHRASE', 'Ny passordfrase: ', { confirm: true });
      const created = await ctx.call('vault.create', { path, staffName, passphrase });
      print(
        ctx,
        { recoveryKey: created.recoveryKey },
        `Programfilen er laget: ${path}\n\nGjenopprettingsnøkkel (vises bare nå — skriv den ut eller lagre den trygt):\n\n  ${created.recoveryKey}\n`,
      );
    },
  },

  check: {
    options: db,
    async run(ctx) {
      const path = text(ctx.values, 'db')!;
      await unlockProgramme(ctx, path);
      const result = await ctx.call('vault.check', {});
      print(
        ctx,
        result,
        result.ok
          ? `OK: integritetssjekk bestått, skjemaversjon ${result.schemaVersion} av ${result.knownSchemaVersion}`
          : `Problemer funnet:\n${result.problems.join('\n')}`,
      );
      return result.ok ? EXIT.done : EXIT.refused;
    },
  },

  demo: {
    options: { ...db, people: { type: 'string' }, seed: { type: 'string' } },
    async run(ctx) {
      const path = text(ctx.values, 'db')!;
      const people = integer(ctx.values, 'people') ?? 300;
      const seed = integer(ctx.values, 'seed') ?? 2026;
      const passphrase = process.env.KOBLE_PASSPHRASE ?? DEMO_PASSPHRASE;
      const created = !existsSync(path);
      if (created) {
        await ctx.call('vault.create', { path, staffName: DEMO_STAFF_NAME, passphrase });
      } else {
        await unlockProgramme(ctx, path);
      }
      const summary = await ctx.call('demo.generate', { people, seed });
      print(
        ctx,
        { created, summary, ...(created && passphrase === DEMO_PASSPHRASE ? { passphrase } : {}) },
        `${created ? 'Demoprogram laget' : 'Demodata lagt til'}: ${path}\n${JSON.stringify(summary)}${created && passphrase === DEMO_PASSPHRASE ? `\nPassordfrase (demo): ${passphrase}` : ''}`,
      );
    },
  },

  backup: {
    options: { ...db, out: { type: 'string' } },
    async run(ctx) {
      const path = text(ctx.values, 'db')!;
      const target = text(ctx.values, 'out')!;
      await unlockProgramme(ctx, path);
      const result = await ctx.call('vault.backup', { target });
      print(ctx, { path: result.path, keys: `${result.path}.keys` }, `Sikkerhetskopi skrevet: ${result.path} (med nøkkelfilen ${result.path}.keys)`);
    },
  },

  restore: {
    options: { ...db, from: { type: 'string' } },
    async run(ctx) {
      const path = text(ctx.values, 'db')!;
      const from = text(ctx.values, 'from')!;
      const passphrase = await secret('KOBLE_PASSPHRASE', 'Passordfrase for sikkerhetskopien: ');
      const result = await ctx.call('vault.restore', { path, from, passphrase });
      print(ctx, result, `Gjenopprettet ${path} fra ${from}${result.replacedPath ? `; den gamle filen ligger i ${result.replacedPath}` : ''}`);
    },
  },

  passphrase: {
    options: db,
    async run(ctx) {
      const path = text(ctx.values, 'db')!;
      const current = await secret('KOBLE_PASSPHRASE', 'Nåværende passordfrase: ');
      await ctx.call('vault.unlock', { path, passphrase: current });
      const next = await secret('KOBLE_NEW_PASSPHRASE', 'Ny passordfrase: ', { confirm: true });
      await ctx.call('staff.changePassphrase', { current, next });
      print(ctx, { changed: true }, 'Passordfrasen er byttet.');
    },
  },

  recover: {
    options: db,
    async run(ctx) {
      const path = text(ctx.values, 'db')!;
      const recoveryKey = await secret('KOBLE_RECOVERY_KEY', 'Gjenopprettingsnøkkel: ');
      const newPassphrase = await secret('KOBLE_NEW_PASSPHRASE', 'Ny passordfrase: ', { confirm: true });
      const result = await ctx.call('vault.recover', { path, recoveryKey, newPassphrase });
      print(ctx, { recovered: true, staffName: result.staffName }, `Ny passordfrase satt for ${result.staffName ?? 'første ansatt'}.`);
    },
  },
};
