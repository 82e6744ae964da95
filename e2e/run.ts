/**
 * The Playwright suite on the loopback test host, in Debian's Chromium:
 *
 *   npx electron-vite build && node e2e/run.ts [name filter]
 *
 * Builds nothing: it serves out/renderer. Each spec gets a fresh host (own data and files
 * folders, own token) and a fresh browser profile. Prints pass/fail per spec, writes screenshots
 * to .tmp/screens/, fails on serious or critical axe-core violations, on page errors and on CSP
 * violations, and exits non-zero when anything failed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isSerious, runAxe, type AxeResult } from './lib/axe.ts';
import { CHROMIUM, launchBrowser } from './lib/browser.ts';
import type { Spec, SpecContext } from './lib/spec.ts';
import { startTestHost } from './host/serve.ts';
import { createProgramme } from './specs/create-programme.spec.ts';
import { demo } from './specs/demo.spec.ts';
import { deltakereLaptop } from './specs/deltakere-laptop.spec.ts';
import { coordinatorDay } from './specs/coordinator-day.spec.ts';
import { funderReport } from './specs/funder-report.spec.ts';
import { importWizard, importWizardNotes } from './specs/import-wizard.spec.ts';
import { kobling } from './specs/kobling.spec.ts';
import { matchLifecycle } from './specs/match-lifecycle.spec.ts';
import { events } from './specs/events.spec.ts';
import { cohortPlan } from './specs/cohort-plan.spec.ts';
import { peopleGrid } from './specs/people-grid.spec.ts';
import { lockUnlock } from './specs/lock-unlock.spec.ts';
import { navigation } from './specs/navigation.spec.ts';
import { openFile } from './specs/open-file.spec.ts';
import { recover } from './specs/recover.spec.ts';
import { retention } from './specs/retention.spec.ts';
import { remember, rememberWithoutKeychain } from './specs/remember.spec.ts';
import { settings } from './specs/settings.spec.ts';
import { mail } from './specs/mail.spec.ts';
import { sharing } from './specs/sharing.spec.ts';

const SPECS: Spec[] = [createProgramme, lockUnlock, navigation, recover, openFile, settings, remember, rememberWithoutKeychain, demo, importWizard, importWizardNotes, peopleGrid, retention, kobling, matchLifecycle, cohortPlan, events, funderReport, deltakereLaptop, coordinatorDay, mail, sharing];
const REPO = resolve(import.meta.dirname, '..');
const RENDERER = join(REPO, 'out', 'renderer');
const SCREENS = join(REPO, '.tmp', 'screens');
const DEFAULT_TIMEOUT_MS = 60_000;

type Outcome = { name: string; ok: boolean; ms: number; error?: string; axe: AxeResult[] };

function checkBuild(): void {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    console.error(`No built renderer at ${RENDERER}. Run \`npx electron-vite build\` first.`);
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}. Install it: apt-get install -y --no-install-recommends chromium fonts-liberation`);
    process.exit(1);
  }
  // The test bridge is injected by the host only; the shipped renderer must not contain it.
  for (const file of readdirSync(join(RENDERER, 'assets')).concat('index.html')) {
    const path = file === 'index.html' ? join(RENDERER, file) : join(RENDERER, 'assets', file);
    if (readFileSync(path, 'utf8').includes('koble-test-bridge')) {
      console.error(`${path} mentions the test bridge: it must never be part of the built renderer.`);
      process.exit(1);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, label: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms at step "${label()}"`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runSpec(spec: Spec): Promise<Outcome> {
  const scratch = mkdtempSync(join(tmpdir(), 'koble-e2e-'));
  const dataDir = join(scratch, 'data');
  const filesDir = join(scratch, 'files');
  const profileDir = join(scratch, 'chromium');
  for (const dir of [dataDir, filesDir, profileDir]) mkdirSync(dir, { recursive: true });

  const started = performance.now();
  const axeResults: AxeResult[] = [];
  const problems: string[] = [];
  let currentStep = 'setup';
  const host = await startTestHost({ ...spec.host, rendererDir: RENDERER, dataDir, filesDir });
  const browser = await launchBrowser(profileDir);
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
  });

  const context: SpecContext = {
    page,
    host,
    filesDir,
    dataDir,
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
    },
    async axe(label) {
      const result = await runAxe(page, label);
      axeResults.push(result);
      return result;
    },
    step(name) {
      currentStep = name;
      if (process.env.KOBLE_E2E_VERBOSE === '1') console.log(`    · ${name}`);
    },
  };

  let error: string | undefined;
  try {
    await withTimeout(spec.run(context), spec.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => currentStep);
    const serious = axeResults.flatMap((result) => result.violations.filter(isSerious).map((v) => `${result.label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.join(', ')}`));
    if (serious.length > 0) problems.push(...serious.map((line) => `axe: ${line}`));
    if (problems.length > 0) error = problems.join('\n');
  } catch (caught) {
    error = `at step "${currentStep}": ${caught instanceof Error ? caught.message : String(caught)}`;
    if (problems.length > 0) error += `\n${problems.join('\n')}`;
    await page.screenshot({ path: join(SCREENS, `FAILED-${spec.name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => undefined);
  } finally {
    await browser.close().catch(() => undefined);
    await host.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
  return { name: spec.name, ok: error === undefined, ms: performance.now() - started, axe: axeResults, ...(error ? { error } : {}) };
}

async function main(): Promise<void> {
  checkBuild();
  mkdirSync(SCREENS, { recursive: true });
  for (const old of readdirSync(SCREENS).filter((name) => name.startsWith('FAILED-'))) rmSync(join(SCREENS, old));
  const filter = process.argv[2]?.toLowerCase();
  const specs = filter ? SPECS.filter((spec) => spec.name.toLowerCase().includes(filter)) : SPECS;
  if (specs.length === 0) {
    console.error(`No spec name contains "${filter}". Specs: ${SPECS.map((spec) => spec.name).join('; ')}`);
    process.exit(1);
  }
  const outcomes: Outcome[] = [];
  console.log(`e2e: ${specs.length} spec(s) on the loopback test host, Chromium ${CHROMIUM}`);
  for (const spec of specs) {
    const outcome = await runSpec(spec);
    outcomes.push(outcome);
    const axeNote = outcome.axe.map((r) => `${r.label}: ${r.violations.length === 0 ? 'clean' : r.violations.map((v) => `${v.id}/${v.impact}`).join(' ')}`).join('; ');
    console.log(`${outcome.ok ? 'PASS' : 'FAIL'}  ${spec.name}  (${(outcome.ms / 1000).toFixed(1)} s)`);
    if (axeNote) console.log(`      axe — ${axeNote}`);
    if (outcome.error) console.log(outcome.error.replace(/^/gm, '      '));
  }
  const failed = outcomes.filter((outcome) => !outcome.ok);
  console.log(`\n${outcomes.length - failed.length} passed, ${failed.length} failed; screenshots in ${SCREENS}`);
  process.exit(failed.length === 0 ? 0 : 1);
}

await main();
