import { parseArgs } from 'node:util';
import { createApi, type ApiInput, type ApiMethod, type ApiOutput } from './api/index.ts';
import { cliHost } from './cli/cli-host.ts';
import { EXIT, exitCodeFor } from './cli/exit-codes.ts';
import { errorText } from './cli/messages.ts';
import { UsageError } from './cli/usage-error.ts';
import { commands, type CommandContext } from './cli/commands.ts';

const USAGE = `Bruk: koble <kommando> --db FIL [valg]

Kommandoer:
  init --db FIL [--staff NAVN]              lag en ny programfil (viser gjenopprettingsnøkkelen)
  check --db FIL                            lås opp, integritetssjekk, skjemaversjon
  demo --db FIL [--people N] [--seed S]     fyll med demodata (lager filen om den mangler)
  backup --db FIL --out FIL                 kryptert sikkerhetskopi med nøkkelfil
  restore --db FIL --from FIL               gjenopprett fra sikkerhetskopi (den gamle legges til side)
  passphrase --db FIL                       bytt passordfrase (KOBLE_PASSPHRASE → KOBLE_NEW_PASSPHRASE)
  recover --db FIL                          ny passordfrase med gjenopprettingsnøkkelen (KOBLE_RECOVERY_KEY → KOBLE_NEW_PASSPHRASE)
  people list --db FIL [--as-of DATO]       deltakerne i pipelinen (fase, dager i fasen, kull, mentor)
  people search SØK --db FIL                søk i deltakere og mentorer (bjorn finner Bjørn)
  import participants|mentors FIL --db FIL [--dry-run] [--skip-invalid] [--map "Overskrift=felt,…"]
                                            les inn deltakere eller mentorer fra .xlsx eller .csv
  person export ID --db FIL --out MAPPE [--format xlsx|json]   innsyn: alt om én person (.xlsx og JSON)
  person erase ID --db FIL [--yes]          slett en person; en anonym rest blir igjen for statistikken
  match suggest --participant ID --db FIL [--top N]   rangerte mentorer med poeng og begrunnelse
  match plan --cohort ID --db FIL [--objective score|count]   beste kobling for et kull (utkast, ingenting lagres)
  match solve --in FIL.json [--objective score|count]   bare beregningen: {"scores": [[…]], "capacity": […]}
  match list --db FIL [--participant ID] [--status S]   koblingene med status, poeng og periode
  match confirm --match ID --start DATO [--planned-end DATO] [--goals TEKST] --db FIL   bekreft etter koblingsmøtet
  match end --match ID --outcome completed|ended_early [--reason TEKST] [--date DATO] --db FIL   avslutt mentorperioden
  placement list --db FIL [--participant ID] [--status S]   praksisplassene
  placement add --participant ID --start DATO --end DATO [--organisation ID] [--job-title T] [--supervisor NAVN]
                [--nav --nav-office ID --nav-advisor NAVN] [--livelihood L] [--status planned|active] --db FIL
  grant list --db FIL                       tilskuddene med periode, beløp, neste frist og id
  report funder --grant ID --from DATO --to DATO --db FIL --out FIL.xlsx [--suppress-small]
                                            rapport til tilskuddsgiver (.xlsx, ikke kryptert)
  event list --db FIL                       arrangementene med dato, type og oppmøte
  event kit export --event ID --db FIL --out FIL   arrangementssett for en ekstra PC (KOBLE_KIT_PASSPHRASE)
  event kit import FIL --db FIL             flett innsjekkinger og walk-ins fra et arrangementssett tilbake

Felles valg: --json (maskinlesbart svar), --help
Hemmeligheter leses bare fra miljøet (KOBLE_PASSPHRASE, KOBLE_NEW_PASSPHRASE, KOBLE_RECOVERY_KEY, KOBLE_KIT_PASSPHRASE) eller spørres om i terminalen.
Avslutningskoder: 0 ferdig, 1 feil bruk, 2 avvist, 3 intern feil.`;

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

export async function main(argv: string[], out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const [name, ...rest] = argv;
  let json = rest.includes('--json');
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    out(USAGE);
    return name ? EXIT.done : EXIT.usage;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Ukjent kommando: ${name}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const api = createApi(cliHost());
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const reply = await api.call(method, input);
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
      const message = errorText(error.code, error.message, undefined, error.details);
      if (json) out(JSON.stringify({ error: { code: error.code, message, details: error.details } }));
      else process.stderr.write(`Feil (${error.code}): ${message}\n`);
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
    await api.call('vault.lock', {});
  }
}
