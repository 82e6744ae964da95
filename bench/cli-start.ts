// bench/cli-start: how long the `koble` command takes to start, against a bare `node -e 0` in the
// same run (the machine is shared, so the ratios are the figures to compare). Medians of 5 runs,
// interleaved: node -e 0, koble --help, koble check --db on a fresh small programme (unlock with
// its scrypt, integrity check, schema version). Targets: --help within 6× node -e 0, check
// under 1.5 s. The first run of each is a warm-up and reported apart (it builds the CLI bundle
// and the compile cache when they are missing or stale).
//   node bench/cli-start.ts [--rounds 5] [--label after] [--save] [--bin path/to/koble.mjs]
// --save writes the figures under `label` into bench/results/cli-start.json, keeping other labels;
// --bin times another checkout's koble (e.g. the commit before a change) under the same load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, label: { type: 'string', default: 'latest' }, save: { type: 'boolean', default: false }, bin: { type: 'string' } } });
const ROUNDS = Number(values.rounds);
const REPO = resolve(import.meta.dirname, '..');
const BIN = values.bin ? resolve(values.bin) : join(REPO, 'scripts', 'koble.mjs');
const RESULTS = join(REPO, 'bench', 'results', 'cli-start.json');
const TARGET_HELP_RATIO = 6;
const TARGET_CHECK_MS = 1500;
const PASSPHRASE = 'blåbærsyltetøy på fjellet';

const dir = mkdtempSync(join(tmpdir(), 'koble-cli-start-'));
const env = { ...process.env, KOBLE_DATA_DIR: join(dir, 'appdata'), KOBLE_PASSPHRASE: PASSPHRASE, KOBLE_LANG: 'nb' };
const db = join(dir, 'Liten.koble');

/** GNU time gives each run's CPU time (user + system), which a loaded machine disturbs less than the wall clock. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuFile = join(dir, 'cpu.txt');

/** Wall and CPU time of one run in ms; throws when it does not exit 0. */
function run(args: string[]): { wall: number; cpu: number | null } {
  const [command, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const result = spawnSync(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpu = GNU_TIME ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((sum, s) => sum + Number(s) * 1000, 0) : null;
  return { wall, cpu };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (ms: number) => Math.round(ms);

const CASES = {
  'node -e 0': ['-e', '0'],
  'koble --help': [BIN, '--help'],
  'koble check': [BIN, 'check', '--db', db],
} as const;
type Case = keyof typeof CASES;

try {
  run([BIN, 'init', '--db', db, '--staff', 'Bench']);
  const first = Object.fromEntries(Object.entries(CASES).map(([name, args]) => [name, round(run([...args]).wall)])) as Record<Case, number>;
  const runs: Record<Case, { wall: number; cpu: number | null }[]> = { 'node -e 0': [], 'koble --help': [], 'koble check': [] };
  for (let i = 0; i < ROUNDS; i++) for (const [name, args] of Object.entries(CASES)) runs[name as Case].push(run([...args]));
  const wall = (name: Case) => median(runs[name].map((r) => r.wall));
  const cpu = (name: Case) => (GNU_TIME ? round(median(runs[name].map((r) => r.cpu!))) : null);

  const node = wall('node -e 0');
  const help = wall('koble --help');
  const check = wall('koble check');
  const figures = {
    at: new Date().toISOString(),
    bin: BIN,
    node: process.version,
    cpus: cpus().length,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
    rounds: ROUNDS,
    firstRunMs: first,
    medianMs: { nodeBare: round(node), help: round(help), check: round(check) },
    medianCpuMs: { nodeBare: cpu('node -e 0'), help: cpu('koble --help'), check: cpu('koble check') },
    ratioToNode: { help: Number((help / node).toFixed(1)), check: Number((check / node).toFixed(1)) },
    targets: { helpWithin6xNode: help <= TARGET_HELP_RATIO * node, checkUnder1500ms: check < TARGET_CHECK_MS },
  };
  console.log(`CLI start, medians of ${ROUNDS} (load average ${figures.loadAverage} on ${figures.cpus} cores, shared machine):`);
  console.log(`  node -e 0      ${String(figures.medianMs.nodeBare).padStart(6)} ms`);
  console.log(`  koble --help   ${String(figures.medianMs.help).padStart(6)} ms   ${figures.ratioToNode.help}× node -e 0 (target ≤ ${TARGET_HELP_RATIO}×) ${figures.targets.helpWithin6xNode ? 'ok' : 'MISSED'}`);
  console.log(`  koble check    ${String(figures.medianMs.check).padStart(6)} ms   ${figures.ratioToNode.check}× node -e 0 (target < ${TARGET_CHECK_MS} ms) ${figures.targets.checkUnder1500ms ? 'ok' : 'MISSED'}`);
  if (GNU_TIME) console.log(`  CPU (user+sys) medians: node -e 0 ${figures.medianCpuMs.nodeBare} ms, --help ${figures.medianCpuMs.help} ms, check ${figures.medianCpuMs.check} ms`);
  console.log(`  first runs (warm-up): ${Object.entries(first).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  if (values.save) {
    const saved = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...saved, [values.label!]: figures }, null, 2)}\n`);
    console.log(`saved as "${values.label}" in ${RESULTS}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
