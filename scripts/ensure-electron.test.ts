import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const script = join(root, 'scripts', 'ensure-electron.mjs');
const realElectron = join(root, 'node_modules', 'electron');
const version = (JSON.parse(readFileSync(join(realElectron, 'package.json'), 'utf8')) as { version: string }).version;

let temp: string;
afterEach(() => rmSync(temp, { recursive: true, force: true }));

/**
 * A stand-in for node_modules/electron without its binary: the real package.json and installer,
 * which finds @electron/get through a node_modules link beside it.
 */
function electronWithoutBinary(): string {
  temp = mkdtempSync(join(tmpdir(), 'koble-ensure-electron-'));
  const dir = join(temp, 'electron');
  mkdirSync(dir);
  for (const file of ['package.json', 'install.js', 'checksums.json']) cpSync(join(realElectron, file), join(dir, file));
  symlinkSync(join(root, 'node_modules'), join(temp, 'node_modules'), 'junction');
  return dir;
}

/** Runs the script as `npm start` would, with downloads going to a closed loopback port and an empty cache. */
function run(electronDir: string, extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KOBLE_ELECTRON_DIR: electronDir,
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    electron_config_cache: join(temp, 'cache'),
    ELECTRON_GET_NO_PROGRESS: '1',
    ...extraEnv,
  };
  for (const key of ['ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH']) if (!(key in extraEnv)) delete env[key];
  return spawnSync(process.execPath, [script], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm start without the Electron binary', () => {
  it('tries the download and, when it fails, names what is missing and the one command to run, without a stack trace', () => {
    const dir = electronWithoutBinary();
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`Downloading the Electron ${version} runtime`);
    expect(result.stderr).toContain(`the Electron ${version} runtime is not installed, and downloading it failed`);
    expect(result.stderr).toContain('    npx install-electron\n');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('Electron uninstall');
    expect(existsSync(join(dir, 'path.txt'))).toBe(false);
  });

  it('says the same without trying when downloads are switched off', () => {
    const result = run(electronWithoutBinary(), { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('Downloading');
    expect(result.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    expect(result.stderr).toContain('npx install-electron');
  });

  it('goes on at once when the binary is there (path.txt naming a file under dist/)', () => {
    const dir = electronWithoutBinary();
    writeFileSync(join(dir, 'install.js'), "require('fs').writeFileSync(__dirname + '/installer-ran', '');");
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'dist', 'version'), version);
    writeFileSync(join(dir, 'path.txt'), 'electron');
    const result = run(dir);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
    expect(existsSync(join(dir, 'installer-ran'))).toBe(false);
  });

  it('fetches again when dist/ holds an older Electron', () => {
    const dir = electronWithoutBinary();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'dist', 'version'), '44.0.0');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Downloading');
  });

  it('runs before npm start and npm run dev', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.prestart).toBe('node scripts/ensure-electron.mjs');
    expect(scripts.predev).toBe('node scripts/ensure-electron.mjs');
  });
});
