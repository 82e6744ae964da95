import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { DEMO_PASSPHRASE } from '../demo/passphrase.ts';
import { cliInProcess } from '../test/cli.ts';

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
let cleanup = () => {};
afterEach(() => cleanup());

function runner(dir: string) {
  return (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(dir, 'appdata'), KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: DEMO_PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout.trim().split('\n').at(-1)!) as unknown };
  };
}


it('koble match solve: the optimum from a file, exit 2 with a clear message for bad JSON or shapes', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const file = (name: string, text: string) => {
    const path = join(temp.dir, name);
    writeFileSync(path, text);
    return path;
  };
  const good = file('good.json', JSON.stringify({ scores: [[90, 80], [85, null]], capacity: [1, 1] }));
  // Once through the real command, the rest in-process (each spawn costs a second or two).
  const solved = runner(temp.dir)(['match', 'solve', '--in', good, '--json']);
  expect(solved.code).toBe(0);
  expect(solved.json()).toEqual({ pairs: [[0, 1], [1, 0]], total: 165 });

  const { koble, stderr } = await cliInProcess(temp.dir);
  try {
    expect((await koble(['match', 'solve', '--in', good])).stdout).toMatch(/2 par, total 165/);
    const scarce = file('scarce.json', JSON.stringify({ scores: [[100, 1], [10, null]], capacity: [1, 1] }));
    expect((await koble(['match', 'solve', '--in', scarce, '--json'])).json()).toEqual({ pairs: [[0, 0]], total: 100 });
    expect((await koble(['match', 'solve', '--in', scarce, '--json', '--objective', 'count'])).json()).toEqual({ pairs: [[0, 1], [1, 0]], total: 11 });

    const broken = await koble(['match', 'solve', '--in', file('broken.json', '{"scores": [[1,'), '--json']);
    expect(broken.code).toBe(2);
    expect(broken.json()).toMatchObject({ error: { code: 'MATCHING_BAD_SOLVER_INPUT', message: expect.stringMatching(/ikke gyldig JSON/) } });
    const ragged = await koble(['match', 'solve', '--in', file('ragged.json', JSON.stringify({ scores: [[1, 2], [3]], capacity: [1, 1] }))]);
    expect(ragged.code).toBe(2);
    expect(ragged.stderr).toMatch(/scores\[1\] har 1 verdier, men capacity har 2 mentorer/);
    expect((await koble(['match', 'solve', '--in', file('cap.json', JSON.stringify({ scores: [[1]], capacity: [-1] }))])).code).toBe(2);
    expect((await koble(['match', 'solve', '--in', file('text.json', JSON.stringify({ scores: [['høy']], capacity: [1] }))])).code).toBe(2);
    expect((await koble(['match', 'solve', '--in', file('list.json', '[]')])).code).toBe(2);
    expect((await koble(['match', 'solve', '--in', join(temp.dir, 'missing.json')])).code).toBe(2);
    expect((await koble(['match', 'solve'])).code).toBe(1);
    expect((await koble(['match', 'fly'])).code).toBe(1);
  } finally {
    stderr.mockRestore();
  }
});

it('koble match suggest and koble match plan on a demo programme', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Demo.koble');
  const { koble, stderr } = await cliInProcess(temp.dir);
  try {
    expect((await koble(['demo', '--db', db, '--people', '120', '--seed', '5'])).code).toBe(0);
    const rows = (await koble(['people', 'list', '--db', db, '--json'])).json() as { id: string; stage: string; mentorId: string | null; cohortId: string | null }[];
    const free = rows.find((r) => r.mentorId === null && ['registered', 'assessed', 'ready'].includes(r.stage))!;

    const suggest = await koble(['match', 'suggest', '--participant', free.id, '--db', db, '--top', '5', '--json']);
    expect(suggest.code).toBe(0);
    const ranked = suggest.json() as { mentorId: string; score: number; breakdown: { criterion: string; text: string }[] }[];
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(5);
    expect(ranked[0]!.breakdown[0]).toMatchObject({ criterion: 'field', text: expect.stringMatching(/fagfelt/i) });
    const human = await koble(['match', 'suggest', '--participant', free.id, '--db', db, '--top', '2']);
    expect(human.stdout).toMatch(/^1\. /);
    expect(human.stdout).toMatch(/Fagfelt/);
    expect((await koble(['match', 'suggest', '--participant', free.id, '--db', db, '--top', 'mange'])).code).toBe(1);
    expect((await koble(['match', 'suggest', '--participant', 'nobody', '--db', db])).code).toBe(2);

    const cohortId = rows.find((r) => r.cohortId)!.cohortId!;
    const plan = await koble(['match', 'plan', '--cohort', cohortId, '--db', db, '--objective', 'count', '--json']);
    expect(plan.code).toBe(0);
    expect(plan.json()).toMatchObject({ pairs: expect.any(Array), totalScore: expect.any(Number), unmatched: expect.any(Array) });
    expect((await koble(['match', 'plan', '--cohort', cohortId, '--db', db, '--objective', 'best'])).code).toBe(1);
    expect((await koble(['match', 'plan', '--cohort', cohortId, '--db', db])).stdout).toMatch(/utkast, ingenting er lagret/);
  } finally {
    stderr.mockRestore();
  }
});
