/**
 * The loopback test host: serves the built renderer (out/renderer) and binds the one API over
 * HTTP, for Playwright and for development in a plain browser. Never shipped in the app.
 *
 *   node e2e/host/serve.ts [--port N] [--data DIR] [--files DIR] [--renderer DIR]
 *
 * prints a URL with the per-run token. Security (it serves an unlocked programme): 127.0.0.1 only,
 * the Host header must name that address, every request needs the token (see token.ts), POSTs
 * must be JSON from our own origin, and the page gets the same CSP as the Electron window.
 * "Remember on this computer" uses an in-memory keychain (main/test/fake-keychain.ts), never the OS's.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve, sep } from 'node:path';
import { createApi, type Api } from '../../main/api/index.ts';
import { startSyncTimer } from '../../main/sync/sync-timer.ts';
import type { AppHost, Keychain } from '../../main/api/host.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/csp.ts';
import { fakeKeychain } from '../../main/test/fake-keychain.ts';
import { savedFileDownloads } from './downloads.ts';
import { BRIDGE_SHIM_PATH, BRIDGE_SHIM_SOURCE, injectBridge } from './bridge-shim.ts';
import { readStatic } from './static-files.ts';
import { hasToken, newToken, queryTokenMatches, tokenCookie } from './token.ts';

export type TestHostOptions = {
  rendererDir: string;
  /** App state outside programmes (preferences, the demo programme). */
  dataDir: string;
  /** Where the fake file dialogs put and find programme files. */
  filesDir: string;
  port?: number;
  /** "Remember on this computer": an in-memory keychain by default (never the OS's); pass one to see it or to have none. */
  keychain?: Keychain | null;
  /** What the folder dialog answers (Innstillinger → Deling): by default `<filesDir>/Delt mappe`; two hosts sharing one folder pass the same. */
  sharedFolder?: string;
};

export type TestHost = {
  /** Open this in the browser: it carries the token once and is swapped for a cookie. */
  url: string;
  origin: string;
  token: string;
  api: Api;
  /** The host's keychain (in memory, lost when the host stops), or null for a host without one. */
  keychain: Keychain | null;
  close(): Promise<void>;
};

const REPO = resolve(import.meta.dirname, '..', '..');
const MAX_BODY = 1024 * 1024;
const PROGRAMME_EXTENSION = '.koble';

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

function inside(dir: string, path: string): boolean {
  const base = resolve(dir);
  const full = resolve(path);
  return full.startsWith(base + sep);
}

/** The newest .koble file in `dir`, as a stand-in for the open dialog. */
function newestProgramme(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(PROGRAMME_EXTENSION))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  return files[0]?.path ?? null;
}

function securityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw Object.assign(new Error('invalid JSON'), { status: 400 });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const rendererDir = resolve(options.rendererDir);
  const filesDir = resolve(options.filesDir);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npx electron-vite build\` first`);
  }
  const token = newToken();
  let nextExistingFile: string | null = null;
  /** What the spreadsheet open dialog answers next (import); set by POST /test/next-file with dialog 'spreadsheet'. */
  let nextSpreadsheet: string | null = null;
  const keychain = options.keychain === undefined ? fakeKeychain() : options.keychain;
  const downloads = savedFileDownloads();

  const host: AppHost = {
    appVersion: appVersion(),
    dataDir: resolve(options.dataDir),
    trustsPaths: false,
    ...(keychain ? { keychain } : {}),
    openFile: downloads.openFile,
    async chooseNewFile(suggestedName) {
      const name = basename(suggestedName) || 'Programme.koble';
      return join(filesDir, name.toLowerCase().endsWith(PROGRAMME_EXTENSION) ? name : `${name}${PROGRAMME_EXTENSION}`);
    },
    async chooseExistingFile() {
      const chosen = nextExistingFile ?? newestProgramme(filesDir);
      nextExistingFile = null;
      return chosen;
    },
    async chooseSpreadsheet() {
      const chosen = nextSpreadsheet ?? nextExistingFile;
      if (nextSpreadsheet) nextSpreadsheet = null;
      else nextExistingFile = null;
      return chosen;
    },
    async chooseExportFile(suggestedName) {
      return join(filesDir, 'exports', basename(suggestedName));
    },
    async chooseFolder(purpose) {
      // "Lag utkast for Outlook" writes to <files>/drafts; sharing uses <files>/Delt mappe (or the
      // folder two hosts share, options.sharedFolder).
      const folder = purpose === 'sharing' ? (options.sharedFolder ?? join(filesDir, 'Delt mappe')) : join(filesDir, 'drafts');
      mkdirSync(folder, { recursive: true });
      return folder;
    },
    async chooseInvitationFile() {
      // The newest invitation in the files folder or its exports (e2e: copy host A's invitation into host B's files).
      const found = [filesDir, join(filesDir, 'exports')].flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.kobleinvite')).map((f) => join(dir, f)) : []));
      return found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
    },
    async chooseKitFile() {
      // The kit exported last (e2e: export a kit, then open it in kit mode).
      const dir = join(filesDir, 'exports');
      const kits = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.koblekit')).map((f) => join(dir, f)) : [];
      return kits.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
    },
  };
  const api = createApi(host);
  const stopAutoLock = api.session.startAutoLockTimer(1_000);
  const stopSync = startSyncTimer(api.session);
  const streams = new Set<ServerResponse>();
  const stopLockEvents = api.session.onLock(() => {
    for (const stream of streams) stream.write('event: locked\ndata: {}\n\n');
  });

  let origin = '';
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = isRecord(error) && typeof error.status === 'number' ? error.status : 500;
      if (!response.headersSent) sendJson(response, status, { error: status === 500 ? 'internal error' : String((error as Error).message) });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    securityHeaders(response);
    // DNS rebinding: only requests addressed to our loopback address and port.
    if (`http://${request.headers.host ?? ''}` !== origin) return send(response, 421, 'text/plain', 'Wrong host');
    const url = new URL(request.url ?? '/', origin);

    if (request.method === 'GET' && queryTokenMatches(url, token)) {
      url.searchParams.delete('token');
      response.setHeader('Set-Cookie', tokenCookie(token));
      response.setHeader('Location', `${url.pathname}${url.search}`);
      return send(response, 303, 'text/plain', 'See other');
    }
    if (!hasToken(request, token)) return send(response, 401, 'text/plain', 'This test host needs its per-run token');

    if (request.method === 'POST') {
      const requestOrigin = request.headers.origin;
      if (requestOrigin !== undefined && requestOrigin !== origin) return send(response, 403, 'text/plain', 'Wrong origin');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'text/plain', 'JSON only');
      const body = await readJson(request);
      switch (url.pathname) {
        case '/api/call': {
          if (!isRecord(body)) return sendJson(response, 400, { error: 'expected { method, input }' });
          return sendJson(response, 200, await api.call(String(body.method), body.input));
        }
        // What the next open dialog answers: { path, dialog?: 'programme' (default) | 'spreadsheet' }.
        case '/test/next-existing-file':
        case '/test/next-file': {
          const path = isRecord(body) && typeof body.path === 'string' ? resolve(filesDir, body.path) : null;
          if (!path || !inside(filesDir, path)) return sendJson(response, 400, { error: 'path must be inside the files folder' });
          const dialog = isRecord(body) && body.dialog === 'spreadsheet' ? 'spreadsheet' : 'programme';
          if (dialog === 'spreadsheet') nextSpreadsheet = path;
          else nextExistingFile = path;
          return sendJson(response, 200, { path, dialog });
        }
        case '/test/lock': {
          // Stands in for auto-lock or an OS screen lock: main locks, the page hears it.
          api.session.lock();
          return sendJson(response, 200, { locked: true });
        }
        default:
          return send(response, 404, 'text/plain', 'Not found');
      }
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');

    if (url.pathname === '/api/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      response.write(': koble test host\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (downloads.serve(url.pathname, response)) return;
    if (url.pathname === BRIDGE_SHIM_PATH) return send(response, 200, 'text/javascript; charset=utf-8', BRIDGE_SHIM_SOURCE);
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
      return send(response, 200, 'text/html; charset=utf-8', injectBridge(html));
    }
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain', 'Not found');
    return send(response, 200, file.type, file.body);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test host has no TCP address');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    api,
    keychain,
    async close() {
      stopAutoLock();
      stopSync();
      stopLockEvents();
      for (const stream of streams) stream.end();
      streams.clear();
      api.session.lock();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scratch = (label: string) => mkdtempSync(join(tmpdir(), `koble-host-${label}-`));
  const options: TestHostOptions = {
    rendererDir: resolve(option(args, '--renderer') ?? join(REPO, 'out', 'renderer')),
    dataDir: resolve(option(args, '--data') ?? scratch('data')),
    filesDir: resolve(option(args, '--files') ?? scratch('files')),
    port: Number(option(args, '--port') ?? 0),
  };
  const host = await startTestHost(options);
  console.log('Koble test host (development and tests only; never shipped)');
  console.log(`  open:     ${host.url}`);
  console.log(`  data:     ${options.dataDir}`);
  console.log(`  files:    ${options.filesDir}`);
  console.log('  keychain: in memory ("remember on this computer" lasts until the host stops)');
  console.log('  Ctrl+C to stop.');
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

