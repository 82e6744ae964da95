// bench/funder-report: the funder report end to end (load, count, write the workbook) over a
// programme of 20,000 participants and 500,000 attendance rows in an encrypted file. Each round
// runs in a child process so its peak RSS (process.resourceUsage().maxRSS) is the report's own.
// Targets: ≤ 2 s and ≤ 300 MB. Prints figures; writes bench/results/funder-report.local.json.
//   node bench/funder-report.ts [--people 20000] [--attendance 500000] [--rounds 3] [--suppress-small] [--period year|quarter]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../db/schema/index.ts';
import { configure, openEncrypted, type SqliteDatabase } from '../db/vault/database.ts';
import { createVault, exportDataKey } from '../db/vault/vault.ts';
import { buildFunderReport, type FunderPhase } from '../main/reports/funder/build.ts';
import { dataflyLevels } from '../main/reports/disclosure/k-anonymity.ts';
import { participantLadders, participantList, QUASI_IDENTIFIERS, RUNG_NAMES, type QuasiIdentifier } from '../main/reports/funder/participant-list.ts';

const TARGET_MS = 2000;
const TARGET_MB = 300;

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '20000' },
    attendance: { type: 'string', default: '500000' },
    rounds: { type: 'string', default: '3' },
    child: { type: 'string' },
    grant: { type: 'string' },
    out: { type: 'string' },
    /** Keep the generated programme in this folder and reuse it next time (for profiling). */
    keep: { type: 'string' },
    /** The report with small counts hidden (cell suppression checked by HiGHS; no Deltakere list). */
    'suppress-small': { type: 'boolean', default: false },
    /** The report period: the grant's year (default) or its second quarter (smaller counts, more to hide). */
    period: { type: 'string', default: 'year' },
  },
});

/** One report in this process; prints its figures as JSON on the last line. */
const PERIODS: Record<string, { from: string; to: string }> = { year: { from: '2025-01-01', to: '2025-12-31' }, quarter: { from: '2025-04-01', to: '2025-06-30' } };

async function child(path: string, grantId: string, out: string, suppressSmall: boolean, period: { from: string; to: string }): Promise<void> {
  const key = Buffer.from(process.env.KOBLE_BENCH_KEY ?? '', 'hex');
  const start = performance.now();
  const sqlite = openEncrypted(path, key, 'sqlcipher', { create: false });
  configure(sqlite);
  const db = drizzle(sqlite, { schema });
  const opened = performance.now();
  const before = process.resourceUsage();
  // What the process already holds before the report (Node, the code, the open file): on this
  // bench ~180 MB, most of it loading TypeScript sources through Node's type stripping.
  const rssBeforeMB = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const marks: Partial<Record<FunderPhase | 'done', number>> = {};
  // CPU time at each phase's start: on a shared machine the phases' CPU shares are comparable
  // from run to run where their wall times are not.
  const cpuMarks: Partial<Record<FunderPhase | 'done', number>> = {};
  // The peak RSS so far at each phase's start (it only grows): which phase raised it.
  const peakAt: Partial<Record<FunderPhase, number>> = {};
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const result = await buildFunderReport(db, { grantId, ...period, suppressSmall, path: out, appVersion: 'bench', staffId: null }, async (phase) => {
    marks[phase] ??= performance.now();
    cpuMarks[phase] ??= cpuNow();
    peakAt[phase] ??= Math.round(process.resourceUsage().maxRSS / 1024);
  });
  marks.done = performance.now();
  cpuMarks.done = cpuNow();
  const cpuBetween = (a: FunderPhase, b: FunderPhase | 'done') => Math.round(cpuMarks[b]! - cpuMarks[a]!);
  const usage = process.resourceUsage();
  sqlite.close();
  // The Deltakere list's k-anonymity (k = 5) on its own, after the report (so the code is warm;
  // in an unsuppressed report it runs inside the write phase).
  const kStart = performance.now();
  const kCpu = cpuNow();
  const list = participantList(result.counts.participantRows, 5);
  const kAnonymityMs = Math.round(performance.now() - kStart);
  const kAnonymityCpuMs = Math.round(cpuNow() - kCpu);
  // Datafly's climb alone, as the list was generalised before the lattice search (to compare).
  const dStart = performance.now();
  const datafly = dataflyLevels(result.counts.participantRows, participantLadders(), 5) as Record<QuasiIdentifier, number> | null;
  const dataflyMs = Math.round(performance.now() - dStart);
  const figures = {
    openMs: Math.round(opened - start),
    loadMs: Math.round(marks.counting! - marks.loading!),
    countMs: Math.round(marks.protecting! - marks.counting!),
    // Cell suppression alone (building the published table, HiGHS's ranges): 0 when nothing is hidden.
    protectMs: result.protection.ms,
    protectPhaseMs: Math.round(marks.writing! - marks.protecting!),
    hiddenCells: result.protection.primary + result.protection.secondary,
    primary: result.protection.primary,
    secondary: result.protection.secondary,
    lpSolves: result.protection.solves,
    kAnonymityMs,
    kAnonymityCpuMs,
    kSmallestGroup: list?.smallestGroup ?? 0,
    kGroups: list?.groups ?? 0,
    dataflyMs,
    // Every column's rung (0: as recorded; the top: "all"), after the minimality pass and after Datafly's climb alone.
    kLevels: list ? rungs(list.levels) : 'no list',
    kClimbed: datafly ? rungs(datafly) : 'no list',
    writeMs: Math.round(marks.done - marks.writing!),
    reportMs: Math.round(marks.done - opened),
    // The same phases in CPU time (the suppression's share is inside protectCpuMs).
    loadCpuMs: cpuBetween('loading', 'counting'),
    countCpuMs: cpuBetween('counting', 'protecting'),
    protectCpuMs: cpuBetween('protecting', 'writing'),
    writeCpuMs: cpuBetween('writing', 'done'),
    totalMs: Math.round(marks.done - start),
    // CPU time of the report alone (after the code is loaded and the file opened): on an idle
    // machine the wall time is close to it; on a busy one the wall time is not the report's.
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000),
    maxRssMB: Math.round(usage.maxRSS / 1024),
    peakByPhase: `load ${peakAt.counting! - peakAt.loading!}, count ${peakAt.protecting! - peakAt.counting!}, suppression ${peakAt.writing! - peakAt.protecting!}, write ${Math.round(usage.maxRSS / 1024) - peakAt.writing!} MB`,
    rssBeforeMB,
    fileMB: Math.round((statSync(out).size / 1024 / 1024) * 10) / 10,
    totals: result.totals,
    participantRows: result.counts.participantRows.length,
  };
  console.log(JSON.stringify(figures));
}

/** "cohort:0 … country:1/2 …: 5 as recorded, 6 generalised, 2 of them to all": each column's rung out of its top. */
function rungs(levels: Record<QuasiIdentifier, number>): string {
  const top = (q: QuasiIdentifier) => RUNG_NAMES[q].length - 1;
  const kept = QUASI_IDENTIFIERS.filter((q) => levels[q] === 0).length;
  const all = QUASI_IDENTIFIERS.filter((q) => levels[q] === top(q)).length;
  return `${QUASI_IDENTIFIERS.map((q) => `${q}:${levels[q]}/${top(q)}`).join(' ')}: ${kept} as recorded, ${QUASI_IDENTIFIERS.length - kept} generalised, ${all} of them to all`;
}

/** A small deterministic generator (no Math.random: the same programme every run). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return {
    next: () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32),
    int(min: number, max: number) {
      return min + Math.floor(this.next() * (max - min + 1));
    },
    pick<T>(list: readonly T[]): T {
      return list[Math.floor(this.next() * list.length)]!;
    },
  };
}

/** A value drawn by weight: `weighted(list)(u)` for a uniform u in [0, 1). */
function weighted<T>(list: readonly (readonly [T, number])[]): (u: number) => T {
  const total = list.reduce((s, [, w]) => s + w, 0);
  return (u) => {
    let left = u * total;
    for (const [value, w] of list) if ((left -= w) < 0) return value;
    return list.at(-1)![0];
  };
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function parent(): Promise<void> {
  const people = Number(values.people);
  const attendanceRows = Number(values.attendance);
  const rounds = Number(values.rounds);
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'koble-bench-report-'));
  try {
    const path = join(dir, 'Bench.koble');
    const buildStart = performance.now();
    let key: Buffer;
    let grantId: string;
    let counts: Record<string, number>;
    if (values.keep && existsSync(join(dir, 'bench.json'))) {
      ({ key, grantId, counts } = (({ key: k, grantId: g, counts: c }) => ({ key: Buffer.from(k, 'hex'), grantId: g, counts: c }))(JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as { key: string; grantId: string; counts: Record<string, number> }));
    } else {
      mkdirSync(dir, { recursive: true });
      const { vault, staffId } = await createVault({ path, staffName: 'Bench Koordinator', passphrase: 'benk med mange deltakere 2026' });
      key = exportDataKey(vault);
      ({ grantId, counts } = fill(vault.sqlite, staffId, people, attendanceRows));
      vault.close();
      if (values.keep) writeFileSync(join(dir, 'bench.json'), JSON.stringify({ key: key.toString('hex'), grantId, counts }), { mode: 0o600 });
    }
    const buildMs = Math.round(performance.now() - buildStart);
    console.log(`programme: ${JSON.stringify(counts)} built in ${(buildMs / 1000).toFixed(1)} s (${(statSync(path).size / 1024 / 1024).toFixed(0)} MB encrypted)`);

    const runs: Record<string, number>[] = [];
    let last: Record<string, unknown> = {};
    for (let round = 0; round < rounds; round++) {
      const out = join(dir, `Rapport-${round}.xlsx`);
      const r = spawnSync(process.execPath, [import.meta.filename, '--child', path, '--grant', grantId, '--out', out, '--period', values.period!, ...(values['suppress-small'] ? ['--suppress-small'] : [])], {
        encoding: 'utf8',
        env: { ...process.env, KOBLE_BENCH_KEY: key.toString('hex') },
        maxBuffer: 16 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`report round ${round} failed: ${r.stderr}`);
      last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
      runs.push(last as Record<string, number>);
      console.log(
        `round ${round + 1}: report ${last.reportMs} ms (load ${last.loadMs}, count ${last.countMs}, suppression ${last.protectMs} ms for ${last.hiddenCells} hidden cells (${last.primary} primary, ${last.secondary} secondary, ${last.lpSolves} LP solves), write ${last.writeMs}; open ${last.openMs}), ` +
          `CPU ${last.cpuMs} ms (load ${last.loadCpuMs}, count ${last.countCpuMs}, suppression ${last.protectCpuMs}, write ${last.writeCpuMs}), k-anonymity (k = 5) ${last.kAnonymityMs} ms / ${last.kAnonymityCpuMs} ms CPU (smallest group ${last.kSmallestGroup}, ${last.kGroups} groups; ${last.kLevels}; Datafly alone ${last.dataflyMs} ms: ${last.kClimbed}), peak RSS ${last.maxRssMB} MB (${last.rssBeforeMB} MB before the report; raised by ${last.peakByPhase}), file ${last.fileMB} MB, load average ${loadavg()[0]!.toFixed(1)}`,
      );
    }
    key.fill(0);
    const median = (k: string) => runs.map((r) => r[k]!).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const summary = {
      at: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      programme: counts,
      buildMs,
      reportMsMedian: median('reportMs'),
      reportMsMax: Math.max(...runs.map((r) => r.reportMs!)),
      reportMsMin: Math.min(...runs.map((r) => r.reportMs!)),
      cpuMsMedian: median('cpuMs'),
      cpuMsMin: Math.min(...runs.map((r) => r.cpuMs!)),
      suppressSmall: values['suppress-small'],
      period: PERIODS[values.period!],
      suppression: { hiddenCells: last.hiddenCells, primary: last.primary, secondary: last.secondary, lpSolves: last.lpSolves, msMedian: median('protectMs'), cpuMsMedian: median('protectCpuMs') },
      kAnonymity: { msMedian: median('kAnonymityMs'), cpuMsMedian: median('kAnonymityCpuMs'), smallestGroup: last.kSmallestGroup, groups: last.kGroups, levels: last.kLevels, dataflyMsMedian: median('dataflyMs'), dataflyLevels: last.kClimbed },
      phasesMsMedian: { load: median('loadMs'), count: median('countMs'), protect: median('protectMs'), write: median('writeMs') },
      phasesCpuMsMedian: { load: median('loadCpuMs'), count: median('countCpuMs'), protect: median('protectCpuMs'), write: median('writeCpuMs') },
      loadAverage: loadavg()[0],
      totalMsMedian: median('totalMs'),
      maxRssMB: Math.max(...runs.map((r) => r.maxRssMB!)),
      fileMB: last.fileMB,
      totals: last.totals,
      participantRows: last.participantRows,
      targets: { ms: TARGET_MS, rssMB: TARGET_MB },
      runs,
    };
    const okTime = summary.reportMsMax <= TARGET_MS;
    const okRss = summary.maxRssMB <= TARGET_MB;
    console.log(`\nfunder report over ${people.toLocaleString('en')} people and ${attendanceRows.toLocaleString('en')} attendance rows:`);
    const ratio = (ms: number) => `${(ms / TARGET_MS).toFixed(2)}× the ${TARGET_MS} ms target`;
    const p = summary.phasesCpuMsMedian;
    console.log(`  time   median ${summary.reportMsMedian} ms (${ratio(summary.reportMsMedian)}), max ${summary.reportMsMax} ms ${okTime ? 'OK' : 'OVER'}`);
    console.log(`  CPU    median ${summary.cpuMsMedian} ms (${ratio(summary.cpuMsMedian)}), fastest ${summary.cpuMsMin} ms of CPU for the report (load average ${summary.loadAverage!.toFixed(1)} on ${summary.cpus} cores while measuring)`);
    console.log(`  phases CPU median: load ${p.load} ms, count ${p.count} ms, suppression ${p.protect} ms (${summary.suppressSmall ? 'small counts hidden' : 'not asked: run with --suppress-small'}), write ${p.write} ms`);
    const sup = summary.suppression;
    if (summary.suppressSmall) console.log(`  suppression: ${sup.hiddenCells} hidden cells (${sup.primary} primary, ${sup.secondary} secondary) after ${sup.lpSolves} LP solves, ${sup.msMedian} ms wall, ${sup.cpuMsMedian} ms CPU (median; CPU includes loading HiGHS)`);
    console.log(`  k-anonymity of the Deltakere list (k = 5): ${summary.kAnonymity.msMedian} ms wall, ${summary.kAnonymity.cpuMsMedian} ms CPU (median), smallest group ${summary.kAnonymity.smallestGroup}, ${summary.kAnonymity.groups} groups\n    rungs (of top): ${summary.kAnonymity.levels}\n    Datafly alone (${summary.kAnonymity.dataflyMsMedian} ms): ${summary.kAnonymity.dataflyLevels}`);
    console.log(`  memory peak RSS ${summary.maxRssMB} MB (target ≤ ${TARGET_MB} MB) ${okRss ? 'OK' : 'OVER'}`);
    const results = join(import.meta.dirname, 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'funder-report.local.json'), `${JSON.stringify(summary, null, 2)}\n`);
    if (!okTime || !okRss) process.exitCode = 1;
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Fills the programme with direct inserts in one transaction. */
function fill(sqlite: SqliteDatabase, staffId: string, people: number, attendanceRows: number) {
  const rng = lcg(20_000);
  const uuid = (() => {
    let n = 0;
    // UUID-shaped like the app's ids (randomUUID), so rows and indexes have their real size.
    return (prefix: string) => {
      const hex = `${(++n).toString(16).padStart(12, '0')}${prefix.length.toString(16)}`.padEnd(32, 'a');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    };
  })();
  const now = '2026-01-15T10:00:00.000Z';
  const counts: Record<string, number> = {};
  const insert = (table: string, columns: string[]) => {
    const statement = sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    counts[table] = 0;
    return (...row: unknown[]) => {
      statement.run(row);
      counts[table]!++;
    };
  };
  const grantId = 'grant-county';
  sqlite.transaction(() => {
    sqlite.prepare(`insert into grants (id, funder, funder_name, scheme, period_start, period_end, created_at, updated_at) values (?, 'county', 'Telemark fylkeskommune', 'Mentor- og traineeordning', '2025-01-01', '2025-12-31', ?, ?)`).run(grantId, now, now);
    const cohort = insert('cohorts', ['id', 'name', 'starts_on', 'ends_on', 'created_at', 'updated_at']);
    const grantCohort = insert('grant_cohorts', ['grant_id', 'cohort_id']);
    const cohorts: { id: string; start: string }[] = [];
    for (let y = 2023; y <= 2025; y++) {
      for (const [season, month] of [['Vår', '02'], ['Høst', '09']] as const) {
        const id = uuid('cohort');
        const start = `${y}-${month}-01`;
        cohort(id, `${season} ${y}`, start, addDays(start, 300), now, now);
        if (y >= 2024) grantCohort(grantId, id);
        cohorts.push({ id, start });
      }
    }
    // A small office's long tail: a few large groups of country of background, then dozens of
    // countries with 1–5 people each (over the whole programme); a few small municipalities; rare
    // fields, education levels and immigration reasons. So that --suppress-small has counts of 1–2
    // to hide (and secondary cells to hide with them) on every sheet that breaks people down.
    const countries = weighted([['SY', 300], ['UA', 250], ['AF', 120], ['ER', 100], ['SO', 80], ['IR', 50], ['IQ', 40], ['PL', 30], ['LT', 15], ['PH', 10], ['TH', 6], ['CO', 4]]);
    const municipalities = weighted([['4003', 400], ['4001', 300], ['4005', 80], ['4012', 70], ['4014', 40], ['4020', 30], ['4018', 20], ['4026', 10], ['4010', 3], ['4016', 2]]);
    const fields = weighted<string | null>([['engineering_technology_it', 200], ['medicine_health', 150], ['economics_administration', 120], ['education_research', 80], ['social_sciences', 60], ['crafts_trades', 60], ['other', 40], [null, 40], ['biology_chemistry', 8], ['communication_marketing', 3], ['language_literature_philosophy', 0.4], ['organisation_management', 0.2]]);
    const educations = weighted([['upper_secondary', 300], ['trade_certificate', 200], ['bachelor', 250], ['master', 200], ['other', 50], ['phd', 1]]);
    const reasons = weighted([['FLU', 400], ['FAM', 300], ['ARB', 200], ['UTD', 60], ['UKJ', 30], ['ANN', 0.5]]);
    const tail = ['AL', 'AM', 'AZ', 'BA', 'BD', 'BI', 'BO', 'BY', 'CD', 'CL', 'CM', 'CN', 'CU', 'DZ', 'EG', 'GE', 'GH', 'GM', 'GN', 'HT', 'JO', 'KE', 'KG', 'KZ', 'LB', 'LK', 'LY', 'MA', 'MD', 'MM', 'MN', 'NP', 'PE', 'PS', 'RW', 'SD', 'SN', 'SS', 'TJ', 'TN', 'TZ', 'UG', 'UZ', 'VE', 'YE', 'ZW'];
    const small = ['4022', '4024', '4028', '4030', '4032', '4034', '4036'];
    // Who has a rare country or municipality, drawn with their own generator so the rest of the programme stays as it was.
    const spread = lcg(4242);
    const tailCountry = new Map<number, string>();
    tail.forEach((code, j) => {
      for (let n = 0; n < 1 + (j % 5); n++) tailCountry.set(spread.int(0, people - 1), code);
    });
    const smallMunicipality = new Map<number, string>();
    small.forEach((code, j) => {
      for (let n = 0; n < 1 + (j % 4); n++) smallMunicipality.set(spread.int(0, people - 1), code);
    });
    const participant = insert('participants', ['id', 'first_name', 'last_name', 'search_text', 'gender', 'birth_year', 'country_of_background', 'municipality_number', 'immigration_reason', 'arrival_year', 'education_level', 'field', 'track', 'cohort_id', 'stage', 'stage_changed_on', 'registered_on', 'created_at', 'updated_at']);
    const change = insert('stage_changes', ['id', 'participant_id', 'from_stage', 'stage', 'effective_on', 'recorded_at', 'created_at']);
    const outcome = insert('outcomes', ['id', 'participant_id', 'timepoint', 'category', 'outcome_on', 'created_at', 'updated_at']);
    const form = insert('progression_forms', ['id', 'participant_id', 'timepoint', 'filled_on', 'norwegian_at_work', 'professional_network', 'working_life_knowledge', 'job_seeking', 'belief_in_chances', 'created_at', 'updated_at']);
    const mentor = insert('mentors', ['id', 'first_name', 'last_name', 'search_text', 'gender', 'registered_on', 'created_at', 'updated_at']);
    const match = insert('matches', ['id', 'participant_id', 'mentor_id', 'status', 'confirmed_on', 'started_on', 'ended_on', 'created_at', 'updated_at']);
    const placement = insert('placements', ['id', 'participant_id', 'status', 'starts_on', 'ends_on', 'ended_on', 'created_at', 'updated_at']);
    // Rare outcomes: apprenticeship and "other" a handful of times in a year, dropped out at 3 months now and then.
    const exitOutcomes = weighted([['fast_relevant', 300], ['fast_other', 250], ['temporary', 200], ['placement', 80], ['education', 60], ['job_seeking', 150], ['other', 1], ['apprenticeship', 0.6]]);
    const laterOutcomes = weighted([['fast_relevant', 300], ['fast_other', 250], ['temporary', 150], ['job_seeking', 150], ['unknown', 40], ['dropped_out', 0.5]]);
    const mentorIds: string[] = [];
    for (let i = 0; i < Math.round(people / 2); i++) {
      const id = uuid('mentor');
      mentorIds.push(id);
      mentor(id, 'Mentor', `Nr ${i}`, `mentor nr ${i}`, rng.pick(['female', 'male']), addDays('2022-01-01', rng.int(0, 1400)), now, now);
    }
    const participantIds: string[] = [];
    const main = ['registered', 'assessed', 'ready', 'intro_meeting', 'active', 'completed', 'followed_up'] as const;
    for (let i = 0; i < people; i++) {
      const id = uuid('p');
      participantIds.push(id);
      const c = rng.pick(cohorts);
      const registered = addDays(c.start, -rng.int(10, 60));
      // A history along the main line, with an occasional dropout or waiting list.
      const steps: [string, string][] = [['registered', registered]];
      let on = registered;
      const reach = rng.int(1, main.length - 1);
      for (let s = 1; s <= reach; s++) {
        on = addDays(on, s === 5 ? rng.int(120, 200) : rng.int(7, 40));
        if (rng.next() < 0.05) {
          steps.push(['dropped_out', on]);
          break;
        }
        steps.push([main[s]!, on]);
      }
      const [stage, stageOn] = steps.at(-1)!;
      participant(id, 'Deltaker', `Nr ${i}`, `deltaker nr ${i}`, rng.pick(['female', 'male', 'female', 'male', 'other', 'unknown']), rng.int(1960, 2004), rng.next() < 0.95 ? (tailCountry.get(i) ?? countries(rng.next())) : null,
        rng.next() < 0.95 ? (smallMunicipality.get(i) ?? municipalities(rng.next())) : null, reasons(rng.next()), rng.int(2000, 2024), educations(rng.next()),
        fields(rng.next()), rng.pick(['mentor', 'placement', 'both']), c.id, stage, stageOn, registered, now, now);
      let from: string | null = null;
      for (const [s, d] of steps) {
        change(uuid('sc'), id, from, s, d, `${d}T09:00:00.000Z`, now);
        from = s;
      }
      const activeOn = steps.find(([s]) => s === 'active')?.[1];
      const completedOn = steps.find(([s]) => s === 'completed')?.[1];
      if (activeOn) {
        const m = rng.pick(mentorIds);
        match(uuid('m'), id, m, completedOn ? 'completed' : 'active', activeOn, activeOn, completedOn ?? null, now, now);
        if (rng.next() < 0.3) placement(uuid('pl'), id, completedOn ? 'completed' : 'active', activeOn, addDays(activeOn, 120), completedOn ? addDays(activeOn, 120) : null, now, now);
        form(uuid('f'), id, 'start', activeOn, rng.int(1, 5), rng.int(1, 5), rng.int(1, 5), rng.int(1, 5), rng.int(1, 5), now, now);
      }
      if (completedOn) {
        form(uuid('f'), id, 'end', completedOn, rng.int(1, 5), rng.int(1, 5), rng.int(1, 5), rng.int(1, 5), rng.int(1, 5), now, now);
        outcome(uuid('o'), id, 'exit', exitOutcomes(rng.next()), completedOn, now, now);
        outcome(uuid('o'), id, '3m', laterOutcomes(rng.next()), addDays(completedOn, 90), now, now);
      }
    }

    // Events: about 100 attendance rows each, almost all of them for the grant.
    const event = insert('events', ['id', 'kind', 'title', 'starts_at', 'place', 'grant_id', 'created_at', 'updated_at']);
    const guest = insert('event_guests', ['id', 'first_name', 'last_name', 'search_text', 'created_at', 'updated_at']);
    const attend = insert('attendance', ['id', 'event_id', 'participant_id', 'mentor_id', 'guest_id', 'status', 'source', 'created_at', 'updated_at']);
    const perEvent = 100;
    const events = Math.ceil(attendanceRows / perEvent);
    const kinds = ['sprakkafe', 'nettverkstreff', 'kurs', 'inspirasjonsmote', 'konferanse', 'annet'];
    let rows = 0;
    for (let e = 0; e < events && rows < attendanceRows; e++) {
      const id = uuid('e');
      const on = addDays('2024-07-01', Math.floor((e * 540) / events));
      event(id, rng.pick(kinds), `Arrangement ${e}`, `${on}T16:00:00.000Z`, 'Skien', rng.next() < 0.9 ? grantId : null, now, now);
      const start = rng.int(0, participantIds.length - 1);
      const step = 7919;
      for (let k = 0; k < 80 && rows < attendanceRows; k++, rows++) {
        attend(uuid('a'), id, participantIds[(start + k * step) % participantIds.length], null, null, rng.next() < 0.8 ? 'attended' : rng.pick(['no_show', 'cancelled', 'registered']), rng.next() < 0.05 ? 'walk_in' : 'roster', now, now);
      }
      const mStart = rng.int(0, mentorIds.length - 1);
      for (let k = 0; k < 15 && rows < attendanceRows; k++, rows++) {
        attend(uuid('a'), id, null, mentorIds[(mStart + k * 101) % mentorIds.length], null, rng.next() < 0.85 ? 'attended' : 'no_show', 'roster', now, now);
      }
      for (let k = 0; k < 5 && rows < attendanceRows; k++, rows++) {
        const g = uuid('g');
        guest(g, 'Gjest', `${e}-${k}`, `gjest ${e} ${k}`, now, now);
        attend(uuid('a'), id, null, null, g, 'attended', rng.next() < 0.4 ? 'walk_in' : 'roster', now, now);
      }
    }
    const hour = insert('hours', ['id', 'worked_on', 'staff_id', 'mentor_id', 'volunteer_name', 'hours', 'activity', 'grant_id', 'hourly_value', 'created_at', 'updated_at']);
    for (let i = 0; i < 10_000; i++) {
      const who = rng.int(0, 2);
      hour(uuid('h'), addDays('2025-01-01', rng.int(0, 364)), who === 0 ? staffId : null, who === 1 ? rng.pick(mentorIds) : null, who === 2 ? `Frivillig ${i % 50}` : null,
        rng.int(1, 16) / 2, rng.pick(['coordination', 'follow_up', 'mentoring', 'event', 'course', 'administration', 'reporting', 'other']), grantId, who === 0 ? 650 : 400, now, now);
    }
  })();
  return { grantId, counts };
}

const period = PERIODS[values.period!];
if (!period) throw new Error(`--period is one of ${Object.keys(PERIODS).join(', ')}`);
if (values.child) await child(values.child, values.grant!, values.out!, values['suppress-small'] === true, period);
else await parent();
