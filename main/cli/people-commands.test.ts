import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { DEMO_PASSPHRASE } from '../demo/passphrase.ts';

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
let cleanup = () => {};
afterEach(() => cleanup());

it('koble people list and koble people search on a demo programme, with --json and exit codes', () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Demo.koble');
  const koble = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(temp.dir, 'appdata'), KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: DEMO_PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: r.status, stdout: r.stdout, json: () => JSON.parse(r.stdout.trim().split('\n').at(-1)!) as unknown };
  };
  expect(koble(['demo', '--db', db, '--people', '50', '--seed', '7']).code).toBe(0);

  const list = koble(['people', 'list', '--db', db, '--json']);
  expect(list.code).toBe(0);
  const rows = list.json() as { id: string; firstName: string; lastName: string; stage: string }[];
  expect(rows).toHaveLength(50);

  const someone = rows[0]!;
  const search = koble(['people', 'search', someone.lastName.toUpperCase(), '--db', db, '--json']);
  expect(search.code).toBe(0);
  expect((search.json() as { id: string }[]).map((h) => h.id)).toContain(someone.id);

  const human = koble(['people', 'list', '--db', db]);
  expect(human.stdout).toMatch(/50 deltakere/);
  expect(koble(['people', 'search', '--db', db]).code).toBe(1);
  expect(koble(['people', 'fly', '--db', db]).code).toBe(1);
});

it('koble people list | head: a reader that stops early ends the command quietly, with no EPIPE stack trace', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Demo.koble');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(temp.dir, 'appdata'), KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: DEMO_PASSPHRASE };
  expect(spawnSync(process.execPath, [BIN, 'demo', '--db', db, '--people', '50', '--seed', '7'], { env, stdio: 'ignore' }).status).toBe(0);

  // The reading end is closed before the command writes its first line (as `head` does after its lines).
  const child = spawn(process.execPath, [BIN, 'people', 'list', '--db', db], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
}, 60_000);
