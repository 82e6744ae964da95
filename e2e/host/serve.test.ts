import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/csp.ts';
import { BRIDGE_SHIM_PATH } from './bridge-shim.ts';
import { startTestHost, type TestHost } from './serve.ts';
import { TOKEN_COOKIE } from './token.ts';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw HTTP request (fetch would not let the test set Host). */
function send(host: TestHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const url = new URL(path, host.origin);
  return new Promise((done, fail) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('the loopback test host', () => {
  let scratch: string;
  let host: TestHost;
  let cookie: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'koble-host-test-'));
    const renderer = join(scratch, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(scratch, 'secret.txt'), 'outside');
    host = await startTestHost({ rendererDir: renderer, dataDir: join(scratch, 'data'), filesDir: join(scratch, 'files') });
    mkdirSync(join(scratch, 'files'), { recursive: true });
    cookie = `${TOKEN_COOKIE}=${host.token}`;
  });

  afterAll(async () => {
    await host.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, with a long random token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
  });

  it('refuses everything without the token', async () => {
    expect((await send(host, '/')).status).toBe(401);
    expect((await send(host, '/assets/app.js')).status).toBe(401);
    expect((await send(host, '/?token=wrong')).status).toBe(401);
    const call = await send(host, '/api/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"method":"vault.status"}' });
    expect(call.status).toBe(401);
    expect(call.body).not.toContain('state');
  });

  it('swaps the token in the URL for an HttpOnly SameSite=Strict cookie', async () => {
    const reply = await send(host, `/?token=${host.token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toBe(`${TOKEN_COOKIE}=${host.token}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves the page with the CSP header and the bridge shim injected before the app', async () => {
    const page = await send(host, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.body.indexOf(`<script src="${BRIDGE_SHIM_PATH}"></script>`)).toBeGreaterThan(0);
    expect(page.body.indexOf(BRIDGE_SHIM_PATH)).toBeLessThan(page.body.indexOf('./assets/app.js'));
    const shim = await send(host, BRIDGE_SHIM_PATH, { headers: { Cookie: cookie } });
    expect(shim.headers['content-type']).toContain('text/javascript');
    expect(shim.body).toContain("fetch('/api/call'");
  });

  it('answers API calls with the envelope', async () => {
    const headers = { Cookie: cookie, 'Content-Type': 'application/json' };
    const status = await send(host, '/api/call', { method: 'POST', headers, body: JSON.stringify({ method: 'vault.status', input: {} }) });
    expect(JSON.parse(status.body)).toEqual({ ok: true, value: { state: 'locked', file: null, autoLockInMs: null } });
    const unknown = await send(host, '/api/call', { method: 'POST', headers, body: JSON.stringify({ method: 'db.dropEverything' }) });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD' } });
    const bearer = await send(host, '/api/call', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'app.info' }),
    });
    expect(JSON.parse(bearer.body)).toMatchObject({ ok: true, value: { language: 'nb' } });
  });

  it('only accepts paths the fake dialogs chose', async () => {
    const headers = { Cookie: cookie, 'Content-Type': 'application/json' };
    const body = JSON.stringify({ method: 'vault.unlock', input: { path: join(scratch, 'secret.txt'), passphrase: 'x' } });
    const reply = await send(host, '/api/call', { method: 'POST', headers, body });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    const outside = await send(host, '/test/next-existing-file', { method: 'POST', headers, body: JSON.stringify({ path: '../secret.txt' }) });
    expect(outside.status).toBe(400);
    const outsideSheet = await send(host, '/test/next-file', { method: 'POST', headers, body: JSON.stringify({ path: '../secret.csv', dialog: 'spreadsheet' }) });
    expect(outsideSheet.status).toBe(400);
  });

  it('answers the spreadsheet dialog separately from the programme dialog', async () => {
    const headers = { Cookie: cookie, 'Content-Type': 'application/json' };
    const set = await send(host, '/test/next-file', { method: 'POST', headers, body: JSON.stringify({ path: 'liste.csv', dialog: 'spreadsheet' }) });
    expect(JSON.parse(set.body)).toEqual({ path: join(scratch, 'files', 'liste.csv'), dialog: 'spreadsheet' });
    const noToken = await send(host, '/test/next-file', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path: 'liste.csv' }) });
    expect(noToken.status).toBe(401);
    const chosen = await host.api.call('import.chooseFile', {});
    expect(chosen).toEqual({ ok: true, value: { path: join(scratch, 'files', 'liste.csv'), name: 'liste.csv' } });
    expect(await host.api.call('import.chooseFile', {})).toEqual({ ok: true, value: null });
  });

  it('has an in-memory keychain, so "remember on this computer" can be tried', async () => {
    expect(host.keychain?.status()).toEqual({ ok: true, backend: 'test' });
    const path = join(scratch, 'files', 'Husk.koble');
    await host.api.call('vault.chooseNewFile', { suggestedName: 'Husk.koble' });
    expect(await host.api.call('vault.create', { path, staffName: 'Kari', passphrase: 'fjelltur med blåbær og kaffe i termosen' })).toMatchObject({ ok: true });
    expect(await host.api.call('vault.remember', { remember: true })).toEqual({ ok: true, value: { remembered: true } });
    await host.api.call('vault.lock', {});
    expect(await host.api.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked', file: { name: 'Husk.koble', remembered: true } } });
    expect(await host.api.call('vault.unlockRemembered', { path })).toEqual({ ok: true, value: { staffName: null, fileName: 'Husk.koble', warnings: [] } });
    await host.api.call('vault.lock', {});
  });

  it('refuses other hosts, other origins, non-JSON posts and paths outside the renderer', async () => {
    expect((await send(host, '/', { headers: { Cookie: cookie, Host: 'evil.example:80' } })).status).toBe(421);
    const json = { Cookie: cookie, 'Content-Type': 'application/json' };
    expect((await send(host, '/api/call', { method: 'POST', headers: { ...json, Origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
    expect((await send(host, '/api/call', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await send(host, '/api/call', { method: 'POST', headers: json, body: '{not json' })).status).toBe(400);
    expect((await send(host, '/assets/../../secret.txt', { headers: { Cookie: cookie } })).status).toBe(404);
    expect((await send(host, '/%2e%2e/secret.txt', { headers: { Cookie: cookie } })).status).toBe(404);
    expect((await send(host, '/api/call', { method: 'DELETE', headers: { Cookie: cookie } })).status).toBe(405);
  });
});
