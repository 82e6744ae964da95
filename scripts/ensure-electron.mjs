#!/usr/bin/env node
// Runs before `npm start` and `npm run dev` (prestart/predev). Electron 45's npm package no longer
// downloads its binary at install time; electron-vite then stops with "Error: Electron uninstall".
// This fetches the binary once with the package's own installer (its bin `install-electron`) and,
// when that cannot happen (offline, a proxy), says in plain words what is missing and what to run.
// Plain JavaScript so it runs before any build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_COMMAND = 'npx install-electron';

/** The electron package folder; KOBLE_ELECTRON_DIR points the tests at a stand-in. */
function electronPackageDir(env) {
  if (env.KOBLE_ELECTRON_DIR) return env.KOBLE_ELECTRON_DIR;
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * The Electron executable electron-vite would start, or null when it is missing. Same rule as
 * electron's index.js and electron-vite: dist/<path.txt>; an explicit ELECTRON_EXEC_PATH wins.
 * A dist/version from an older Electron counts as missing (the installer would replace it).
 */
export function installedElectron(dir, env = process.env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const relative = readText(join(dir, 'path.txt'));
  if (!relative) return null;
  const installedVersion = readText(join(dir, 'dist', 'version'));
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (installedVersion && installedVersion.replace(/^v/, '') !== version) return null;
  const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), relative);
  return existsSync(executable) ? executable : null;
}

/** The installer's reason in one line ("fetch failed", "HTTPError: 404 …"), without its stack. */
function firstReason(stderr) {
  const line = stderr
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at ') && !/^\((node:\d+|Use `node)/.test(text));
  return line ? line.replace(/^(TypeError|Error|RequestError):\s*/, '').slice(0, 200) : 'no reason given';
}

/** Behind a proxy (HTTPS_PROXY set), the installer's fetch uses it only when told to. */
function withProxy(env) {
  const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => env[name]);
  return proxied ? { ...env, ELECTRON_GET_USE_PROXY: env.ELECTRON_GET_USE_PROXY || '1', NODE_USE_ENV_PROXY: env.NODE_USE_ENV_PROXY || '1' } : env;
}

function missingMessage(version, reason) {
  return [
    '',
    `Koble cannot start: the Electron ${version} runtime is not installed, and downloading it failed (${reason}).`,
    'Connect to the internet (behind a proxy, also set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1), then run this once:',
    '',
    `    ${INSTALL_COMMAND}`,
    '',
    'and start Koble again with npm start.',
    '',
  ].join('\n');
}

/** Returns the exit code: 0 when the binary is there (or was just fetched), 1 when it is missing. */
export function ensureElectron(env = process.env, out = console) {
  const dir = electronPackageDir(env);
  if (installedElectron(dir, env)) return 0;
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    out.error(missingMessage(version, 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'));
    return 1;
  }
  out.log(`Downloading the Electron ${version} runtime (first start only, about 100 MB)…`);
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { env: withProxy(env), encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (result.status === 0 && installedElectron(dir, env)) return 0;
  out.error(missingMessage(version, result.error ? result.error.message : firstReason(result.stderr ?? '')));
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureElectron();
}
