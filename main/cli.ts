import { parseArgs } from 'node:util';
import type { ApiInput, ApiMethod, ApiOutput, createApi } from './api/index.ts';
import { EXIT, exitCodeFor } from './cli/exit-codes.ts';
import { USAGE } from './cli/usage.ts';
import type { CommandContext } from './cli/commands.ts';
import { UsageError } from './cli/usage-error.ts';
import { exitQuietlyOnBrokenPipe } from './cli/broken-pipe.ts';

// Everything past the help is loaded only when a command runs (see cli/commands.ts): the help
// needs none of it, and each command loads only its own code and the API.

/** A failed API call, carried to the top so it becomes the right exit code. */
export class CliApiError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(code: string, message: string, details: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** Writes a line to stdout; a reader that has gone (`koble people list | head`) ends the command quietly. */
function stdoutLine(line: string): void {
  exitQuietlyOnBrokenPipe(process.stdout);
  process.stdout.write(`${line}\n`);
}

export async function main(argv: string[], out: (line: string) => void = stdoutLine): Promise<number> {
  const [name, ...rest] = argv;
  let json = rest.includes('--json');
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    out(USAGE);
    return name ? EXIT.done : EXIT.usage;
  }
  const { loadCommand } = await import('./cli/commands.ts');
  const command = await loadCommand(name);
  if (!command) {
    process.stderr.write(`Ukjent kommando: ${name}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  type Api = ReturnType<typeof createApi>;
  let api: Api | null = null;
  const openApi = async (): Promise<Api> => {
    if (!api) {
      const [{ createApi: create }, { cliHost }] = await Promise.all([import('./api/index.ts'), import('./cli/cli-host.ts')]);
      api = create(cliHost());
    }
    return api;
  };
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const reply = await (await openApi()).call(method, input);
    if (!reply.ok) throw new CliApiError(reply.error.code, reply.error.message, reply.error.details);
    return reply.value as ApiOutput<M>; // the envelope's value is the method's output by construction (createApi)
  };
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...command.options, json: { type: 'boolean' } }, strict: true, allowPositionals: true });
    json = values.json === true;
    const ctx: CommandContext = { values, positionals, call, out, json };
    return (await command.run(ctx)) ?? EXIT.done;
  } catch (error) {
    if (error instanceof CliApiError) {
      const { errorDetails, errorHints, errorText } = await import('./cli/messages.ts');
      const message = errorText(error.code, error.message, undefined, error.details);
      if (json) out(JSON.stringify({ error: { code: error.code, message, details: errorDetails(error.code, error.details) } }));
      else process.stderr.write(`Feil (${error.code}): ${message}\n${errorHints(error.code, error.details).map((hint) => `  ${hint}\n`).join('')}`);
      return exitCodeFor(error.code);
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`Intern feil: ${(error as Error).name}\n`);
    if (process.env.KOBLE_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return EXIT.internal;
  } finally {
    await (api as Api | null)?.call('vault.lock', {});
  }
}
