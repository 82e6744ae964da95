// bench/matching: the assignment solver against scipy, and suggestions among 20,000 mentors.
//   node bench/matching.ts [--participants 2000] [--mentors 1000] [--capacity 2] [--density 0.05]
//                          [--rounds 3] [--objectives score,count] [--suggest-mentors 20000] [--no-suggest]
// 1. Four instances (participants × mentors, every mentor `capacity` places): random dense and
//    sparse (uniform 0–100, one decimal), realistic dense and sparse (the real scoring over a demo
//    programme's people; see bench/matching-instances.ts). Each is written as `koble match solve`'s
//    JSON input and solved three ways: `node scripts/koble.mjs match solve --in FILE --json` end to
//    end, solveAssignment in this process (median of --rounds), and scipy's linear_sum_assignment
//    on the capacity-expanded matrix with one "unmatched" column per participant
//    (bench/scipy_lsa.py, Debian's python3-scipy under /usr/bin/python3; the median of --rounds
//    calls, as ours). The totals must agree (1e-6 relative); the table shows the times and ratios
//    (target: solver ≤ 3× scipy). "CLI/scipy" compares the two whole processes (start, read, solve).
// 2. matching.suggest top 10 through the API on an encrypted demo programme with 20,000 mentors:
//    the first call (reads the mentors) and the median and p95 of the rest (target ≤ 20 ms).
// Writes bench/results/matching.local.json (not committed) and compares with the previous run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createVault } from '../db/vault/vault.ts';
import { createApi } from '../main/api/index.ts';
import { solveAssignment, type Objective } from '../main/matching/solver/index.ts';
import { DEFAULT_MATCHING_WEIGHTS } from '../main/matching/weights.ts';
import { Session } from '../main/session/session.ts';
import { fakeHost } from '../main/test/test-host.ts';
import { buildProgramme, programmeFacts, randomInstance, realisticInstance, suggestableParticipants, type Instance } from './matching-instances.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '2000' },
    mentors: { type: 'string', default: '1000' },
    capacity: { type: 'string', default: '2' },
    density: { type: 'string', default: '0.05' },
    rounds: { type: 'string', default: '3' },
    objectives: { type: 'string', default: 'score,count' },
    'suggest-mentors': { type: 'string', default: '20000' },
    'suggest-calls': { type: 'string', default: '100' },
    'no-suggest': { type: 'boolean', default: false },
  },
});
const N = Number(values.participants);
const M = Number(values.mentors);
const CAPACITY = Number(values.capacity);
const ROUNDS = Number(values.rounds);
const OBJECTIVES = values.objectives.split(',') as Objective[];
const SUGGEST_MENTORS = Number(values['suggest-mentors']);
const PYTHON = '/usr/bin/python3';
const PASS = 'benk-kobling-fjellrev-kanelbolle';
const root = join(import.meta.dirname, '..');

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const sameTotal = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function scipyAvailable(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import scipy, numpy; print(scipy.__version__)'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

type Row = { instance: string; kind: string; objective: Objective; allowedShare: number; total: number; matched: number; solverMs: number; cliMs: number; scipyMs?: number; scipyWallMs?: number; scipyTotal?: number };

function run(instance: Instance, file: string, objective: Objective, scipy: boolean): Row {
  writeFileSync(file, JSON.stringify({ scores: instance.scores, capacity: instance.capacity }));
  const allowed = instance.scores.reduce((sum, row) => sum + row.filter((s) => s !== null).length, 0) / (instance.scores.length * instance.capacity.length);
  // In this process: one warm-up, then the median of ROUNDS.
  let result = solveAssignment(instance.scores, instance.capacity, objective);
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    result = solveAssignment(instance.scores, instance.capacity, objective);
    times.push(performance.now() - started);
  }
  // The CLI end to end: a new node process, reading and checking the JSON, solving, printing.
  let started = performance.now();
  const cli = spawnSync(process.execPath, [join(root, 'scripts/koble.mjs'), 'match', 'solve', '--in', file, '--json', '--objective', objective], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let cliMs = performance.now() - started;
  if (cli.status === 0) {
    const cliResult = JSON.parse(cli.stdout) as { pairs: [number, number][]; total: number };
    if (!sameTotal(cliResult.total, result.total)) throw new Error(`${instance.name} ${objective}: the CLI's total ${cliResult.total} ≠ in-process ${result.total}`);
  } else {
    // Loud but not fatal: the in-process and scipy figures still stand.
    console.log(`  (koble match solve failed with exit ${cli.status}: ${cli.stderr.trim().split('\n').slice(0, 6).join(' | ').slice(0, 400)})`);
    cliMs = Number.NaN;
  }
  const row: Row = { instance: instance.name, kind: instance.kind, objective, allowedShare: allowed, total: result.total, matched: result.pairs.length, solverMs: median(times), cliMs };
  if (scipy) {
    started = performance.now();
    const py = spawnSync(PYTHON, [join(import.meta.dirname, 'scipy_lsa.py'), file, '--objective', objective, '--rounds', String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    row.scipyWallMs = performance.now() - started;
    if (py.status !== 0) throw new Error(`scipy_lsa.py failed (${py.status}): ${py.stderr.slice(0, 500)}`);
    const s = JSON.parse(py.stdout) as { total: number; matched: number; solveMs: number; repeatsMs: number };
    row.scipyWallMs -= s.repeatsMs; // one run end to end, as the CLI's
    row.scipyMs = s.solveMs;
    row.scipyTotal = s.total;
    if (!sameTotal(result.total, s.total)) throw new Error(`${instance.name} ${objective}: total ${result.total} ≠ scipy's ${s.total}`);
    if (objective === 'count' && s.matched !== result.pairs.length) throw new Error(`${instance.name} count: ${result.pairs.length} matched ≠ scipy's ${s.matched}`);
  }
  return row;
}

const dir = mkdtempSync(join(tmpdir(), 'koble-bench-matching-'));
const figures: { rows: Row[]; suggest?: Record<string, number>; scipy: string | null; label: string } = { rows: [], scipy: null, label: `${N}×${M} capacity ${CAPACITY}, sparse density ${values.density}` };
try {
  const scipy = scipyAvailable();
  figures.scipy = scipy;
  if (!scipy) {
    console.log(`scipy is missing under ${PYTHON}: no comparison, only our own times.`);
    console.log('  Install Debian\'s: apt-get install -y python3-scipy (use /usr/bin/python3, not a pyenv python).');
  }

  // The programme: for the realistic instances and for the suggestions.
  const path = join(dir, 'Bench.koble');
  let started = performance.now();
  const { vault, staffId } = await createVault({ path, staffName: 'Benk Koordinator', passphrase: PASS });
  // Mentors are about half the demo's participants: enough people for the instances, or for the suggestions' mentors.
  const people = Math.min(20_000, Math.max(50, N, 2 * M, values['no-suggest'] ? 0 : SUGGEST_MENTORS));
  const counts = buildProgramme(vault.db, staffId, people, values['no-suggest'] ? M : SUGGEST_MENTORS);
  const facts = programmeFacts(vault.db, N, M, 7);
  const asking = suggestableParticipants(vault.db, Number(values['suggest-calls']) + 1, 11);
  vault.close();
  console.log(`programme: ${counts.participants} participants, ${counts.mentors} mentors (demo generator + direct inserts) in ${ms(performance.now() - started)}`);

  started = performance.now();
  const instances = [
    randomInstance(N, M, CAPACITY, 1, 1),
    randomInstance(N, M, CAPACITY, Number(values.density), 2),
    realisticInstance(facts.participants, facts.mentors, DEFAULT_MATCHING_WEIGHTS, CAPACITY, false),
    realisticInstance(facts.participants, facts.mentors, DEFAULT_MATCHING_WEIGHTS, CAPACITY, true),
  ];
  console.log(`instances: ${N} participants × ${M} mentors, capacity ${CAPACITY} (Σ ${M * CAPACITY} places), built in ${ms(performance.now() - started)}`);
  for (const instance of instances) {
    const distinct = new Set(instance.scores.flat().filter((s) => s !== null)).size;
    console.log(`  ${instance.name.padEnd(20)} ${instance.kind}; ${distinct} distinct scores`);
  }

  console.log(`\n  (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores: on a busy machine every time here grows, scipy's too)`);
  console.log('  instance             objective  allowed  total         matched  solver     koble CLI  scipy LSA  solver/scipy  CLI/scipy (both end to end)');
  for (const instance of instances) {
    for (const objective of OBJECTIVES) {
      const row = run(instance, join(dir, `${instance.name.replaceAll(' ', '-').replaceAll('%', '')}.json`), objective, scipy !== null);
      figures.rows.push(row);
      console.log(
        `  ${row.instance.padEnd(20)} ${objective.padEnd(10)} ${`${(row.allowedShare * 100).toFixed(1)} %`.padStart(7)}  ${row.total.toFixed(1).padEnd(12)}  ${String(row.matched).padEnd(7)}  ` +
          `${ms(row.solverMs).padEnd(9)}  ${(Number.isNaN(row.cliMs) ? 'failed' : ms(row.cliMs)).padEnd(9)}  ${row.scipyMs === undefined ? '—'.padEnd(9) : ms(row.scipyMs).padEnd(9)}  ` +
          `${row.scipyMs === undefined ? '—' : `${(row.solverMs / row.scipyMs).toFixed(2)}×`.padEnd(12)}  ${row.scipyWallMs === undefined ? '—' : `${(row.cliMs / row.scipyWallMs).toFixed(2)}× (${ms(row.scipyWallMs)})`}`,
      );
    }
  }
  if (scipy) console.log(`  every total equals scipy ${scipy}'s (1e-6 relative); target solver ≤ 3× scipy: ${figures.rows.every((r) => r.solverMs <= 3 * r.scipyMs!) ? 'met' : 'NOT met'}`);

  if (!values['no-suggest']) {
    const session = new Session();
    const api = createApi(fakeHost(dir, { trustsPaths: true }), session);
    const unlocked = await api.call('vault.unlock', { path, passphrase: PASS });
    if (!unlocked.ok) throw new Error(unlocked.error.code);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let first = 0;
    for (const [k, participantId] of asking.entries()) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      const reply = await api.call('matching.suggest', { participantId, top: 10 });
      const elapsed = performance.now() - t;
      const used = process.cpuUsage(cpu);
      if (k > 0) cpuTimes.push((used.user + used.system) / 1000);
      if (!reply.ok) throw new Error(`matching.suggest: ${reply.error.code}`);
      if ((reply.value as unknown[]).length !== 10) throw new Error('matching.suggest gave fewer than 10');
      if (k === 0) first = elapsed;
      else times.push(elapsed);
    }
    figures.suggest = {
      mentors: counts.mentors,
      first,
      median: median(times),
      p95: quantile(times, 0.95),
      max: Math.max(...times),
      cpuMedian: median(cpuTimes),
      cpuP95: quantile(cpuTimes, 0.95),
      calls: times.length,
    };
    console.log(
      `\nmatching.suggest top 10 among ${counts.mentors} mentors (encrypted programme, through the API): first call ${ms(first)} (reads and indexes the mentors), ` +
        `then ${times.length} participants: median ${ms(figures.suggest.median!)}, p95 ${ms(figures.suggest.p95!)}, max ${ms(figures.suggest.max!)} ` +
        `(CPU time of this process: median ${ms(figures.suggest.cpuMedian!)}, p95 ${ms(figures.suggest.cpuP95!)}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores); target ≤ 20 ms`,
    );
    session.lock();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const resultsDir = join(import.meta.dirname, 'results');
const previousPath = join(resultsDir, 'matching.local.json');
if (existsSync(previousPath)) {
  const previous = JSON.parse(readFileSync(previousPath, 'utf8')) as typeof figures;
  if (previous.label === figures.label) {
    console.log('time against the previous run (< 1 is faster):');
    for (const row of figures.rows) {
      const before = previous.rows.find((r) => r.instance === row.instance && r.objective === row.objective);
      if (before) console.log(`  ${row.instance.padEnd(20)} ${row.objective.padEnd(6)} solver ${(row.solverMs / before.solverMs).toFixed(3)}`);
    }
    if (figures.suggest && previous.suggest) console.log(`  suggest median ${(figures.suggest.median! / previous.suggest.median!).toFixed(3)}`);
  }
}
mkdirSync(resultsDir, { recursive: true });
writeFileSync(previousPath, JSON.stringify({ ...figures, at: new Date().toISOString() }, null, 2));
