import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_WEIGHTS } from '../../main/matching/weights.ts';

/**
 * The built app (`electron-vite build` → out/) started under plain Node with a stand-in
 * `electron` (fake-electron.mjs): the bundles' imports all resolve and start-up reaches the
 * window, with the secure settings, so a bundling mistake fails here and not on a coordinator's
 * first start. Runs after `npm run build` (npm run test:built); the real Electron is not started.
 */
const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'out');
let temp: string;

beforeAll(() => {
  if (!existsSync(join(out, 'main', 'index.js'))) throw new Error('No build in out/: run `npm run build` first (npm test does).');
  temp = mkdtempSync(join(tmpdir(), 'koble-built-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Report = {
  sandboxEnabled: boolean;
  singleInstanceLock: boolean;
  switches: [string, string | null][];
  appEvents: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; preloadExists: boolean; loadedUrl: string }[];
  handled: string[];
  menuSet: boolean;
  session: Record<string, boolean>;
  powerEvents: string[];
  csp: Record<string, string[]> | null;
  replies: Record<string, { ok: boolean; value?: Record<string, unknown>; error?: { code: string } }> | null;
  timedOut?: boolean;
  quit?: boolean;
  exitCode?: number;
};

/** `node out/main/index.js <args>` with the stand-in electron; the report it prints, or the failure. */
function startMain(args: string[]): Report {
  const result = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'register-fake-electron.mjs'), join(out, 'main', 'index.js'), ...args], {
    cwd: temp,
    env: { ...process.env, FAKE_ELECTRON_APP_DIR: root, FAKE_ELECTRON_DATA_DIR: join(temp, 'data'), ELECTRON_RENDERER_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = result.stdout.split('\n').find((text) => text.startsWith('FAKE_ELECTRON_REPORT '));
  if (result.status !== 0 || !line) throw new Error(`out/main/index.js did not start (exit ${result.status}):\n${result.stderr.slice(0, 3000)}`);
  return JSON.parse(line.slice('FAKE_ELECTRON_REPORT '.length)) as Report;
}

describe('the built main bundle under a stand-in electron', () => {
  let report: Report;
  beforeAll(() => {
    writeFileSync(join(temp, 'Skien.koble'), '');
    // A double-clicked programme arrives as an argument (Windows, Linux), relative to the working folder here.
    report = startMain(['Skien.koble']);
  });

  it('reaches the one window, with the renderer isolated, sandboxed and without Node', () => {
    expect(report.timedOut).toBeUndefined();
    expect(report.quit).toBeUndefined();
    expect(report.windows).toHaveLength(1);
    const [window] = report.windows;
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false });
    expect(window!.options.webPreferences.webSecurity).not.toBe(false);
    expect(window!.options.webPreferences.preload).toBe(join(out, 'preload', 'index.cjs'));
    expect(window!.preloadExists).toBe(true);
    expect(window!.loadedUrl).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/);
    expect(existsSync(join(out, 'renderer', 'index.html'))).toBe(true);
    expect(report.sandboxEnabled).toBe(true);
    expect(report.singleInstanceLock).toBe(true);
  });

  it('sets the CSP on every page, replacing what a response brought, and denies permissions', () => {
    const policy = report.csp?.['Content-Security-Policy']?.[0] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(Object.keys(report.csp ?? {}).filter((name) => name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(report.session).toEqual({ permissionRequest: true, permissionCheck: true, devicePermission: true });
  });

  it('registers the one IPC channel, which answers the window and refuses anyone else', () => {
    expect(report.handled).toEqual(['koble:call']);
    expect(report.replies?.appInfo).toMatchObject({ ok: true, value: { version: '0.0.0-built-test' } });
    expect(report.replies?.stranger).toMatchObject({ ok: false, error: { code: 'IPC_FORBIDDEN' } });
  });

  it('takes a .koble file from the command line to the unlock screen, and listens for more (second instance, macOS open-file)', () => {
    expect(report.replies?.status).toMatchObject({ ok: true, value: { state: 'locked', file: { name: 'Skien.koble', path: join(temp, 'Skien.koble') } } });
    expect(report.appEvents).toEqual(expect.arrayContaining(['second-instance', 'open-file', 'window-all-closed', 'before-quit']));
    expect(report.powerEvents).toEqual(expect.arrayContaining(['suspend', 'lock-screen']));
    expect(report.menuSet).toBe(true);
  });
});

describe('what the installers pack', () => {
  it('every package the main bundles import at run time is a dependency (devDependencies are not packed)', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const files = readdirSync(join(out, 'main'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    const imported = new Set<string>();
    for (const file of files) {
      const code = readFileSync(join(out, 'main', file), 'utf8');
      for (const match of code.matchAll(/(?:^import\s+(?:[\w$*{}\s,]+\s+from\s*)?|^export\s+[\w$*{}\s,]+\s+from\s*|\bimport\(\s*)['"]([^'"./][^'"]*)['"]/gm)) {
        const name = match[1]!.startsWith('@') ? match[1]!.split('/').slice(0, 2).join('/') : match[1]!.split('/')[0]!;
        if (!name.startsWith('node:') && name !== 'electron') imported.add(name);
      }
    }
    expect(imported.size).toBeGreaterThan(3);
    expect([...imported].filter((name) => !(name in dependencies))).toEqual([]);
  });
});

describe('the built preload bundle', () => {
  it('loads in a sandbox-like context needing only electron, and exposes window.koble with call (and onLocked) only', async () => {
    const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
    const exposed: Record<string, Record<string, unknown>> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: 'pong' };
        },
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    // A sandboxed preload's require knows only a few modules; anything else fails there, so it fails here.
    const required: string[] = [];
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`the sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console }, { filename: 'index.cjs' });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['koble']);
    expect(Object.keys(exposed.koble!).sort()).toEqual(['call', 'onLocked']);
    const call = exposed.koble!.call as (method: string, input: unknown) => Promise<unknown>;
    await expect(call('app.info', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoked).toEqual([['koble:call', 'app.info', {}]]);
    await expect(call('vault.drop-everything', {})).resolves.toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
    expect(invoked).toHaveLength(1);
  });
});

describe('the built plan worker', () => {
  it('starts from out/main/ and answers a plan with its draft', async () => {
    const workers = readdirSync(join(out, 'main')).filter((name) => name.startsWith('plan-worker') && name.endsWith('.js'));
    expect(workers).toEqual(['plan-worker.js']);
    const input = { cohortId: 'c', objective: 'score', language: 'nb', participants: [], mentors: [], weights: DEFAULT_MATCHING_WEIGHTS, exclusions: new Map(), fixed: [], forbidden: [] };
    const worker = new Worker(join(out, 'main', workers[0]!), { workerData: input });
    const message = await new Promise<{ type: string; draft?: { pairs: unknown[] } }>((done, fail) => {
      worker.on('message', (answer: { type: string }) => answer.type !== 'progress' && done(answer));
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`the plan worker exited (${code}) without an answer`)));
    });
    await worker.terminate();
    expect(message).toMatchObject({ type: 'done', draft: { pairs: [] } });
  });
});
