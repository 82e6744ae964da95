import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { TEST_PASSPHRASE } from '../test/programme.ts';
import { buildFixture, PERIOD, type Fixture } from '../reports/funder/test/fixture.ts';

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
let f: Fixture;
beforeAll(async () => {
  f = await buildFixture();
  f.session.lock();
});
afterAll(() => f?.close());

it('koble report funder: writes the workbook and prints the totals; --json; clear refusals', async () => {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(f.dir, 'appdata'), KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: TEST_PASSPHRASE };
  const out = join(f.dir, 'Rapport.xlsx');
  const args = ['report', 'funder', '--grant', f.id('county'), '--from', PERIOD.from, '--to', PERIOD.to, '--db', f.path, '--out', out];
  // Once through the real command.
  const spawned = spawnSync(process.execPath, [BIN, ...args, '--json'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  expect(spawned.status, spawned.stderr).toBe(0);
  expect(JSON.parse(spawned.stdout.trim().split('\n').at(-1)!)).toMatchObject({
    path: out,
    // Four listed people cannot make groups of five: no Deltakere sheet (k-anonymity, issue 12).
    sheets: ['Nøkkeltall', 'Fordelinger', 'Progresjon', 'Aktiviteter', 'Timer', 'Om rapporten'],
    totals: { participantsActive: 4, participantsNew: 2, participantsCompleted: 2, gotJob: 2, events: 2, attendance: 6, hours: 8, hoursValue: 3075 },
  });
  expect(existsSync(out)).toBe(true);

  // The rest in-process.
  Object.assign(process.env, env);
  const { main } = await import('../cli.ts');
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const koble = async (a: string[]) => {
      const lines: string[] = [];
      stderr.mockClear();
      const code = await main(a, (line) => lines.push(line));
      return { code, stdout: lines.join('\n'), stderr: stderr.mock.calls.map((c) => String(c[0])).join('') };
    };
    const small = await koble([...args.slice(0, -1), join(f.dir, 'Ut.xlsx'), '--suppress-small']);
    expect(small.code).toBe(0);
    expect(small.stdout).toMatch(/Rapport skrevet: .*Ut\.xlsx/);
    expect(small.stdout).toMatch(/Deltakere i perioden: 4 \(nye 2, fullført 2, fått jobb 2\)/);
    expect(small.stdout).toMatch(/Ark: Nøkkeltall, Fordelinger, Progresjon, Aktiviteter, Timer, Om rapporten/);

    const backwards = await koble(['report', 'funder', '--grant', f.id('county'), '--from', '2025-12-31', '--to', '2025-01-01', '--db', f.path, '--out', out]);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/REPORT_PERIOD_INVALID/);
    // A period outside the grant's (2025): refused with a typed error and what to do, written with --force.
    const outside = ['report', 'funder', '--grant', f.id('county'), '--from', '2026-01-01', '--to', '2026-03-31', '--db', f.path, '--out', join(f.dir, 'Utenfor.xlsx')];
    const refused = await koble(outside);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/REPORT_PERIOD_OUTSIDE_GRANT/);
    expect(refused.stderr).toMatch(/Tilskuddets periode er 2025-01-01–2025-12-31, rapportperioden 2026-01-01–2026-03-31\. Bruk --force/);
    expect(existsSync(join(f.dir, 'Utenfor.xlsx'))).toBe(false);
    const forced = await koble([...outside, '--force']);
    expect(forced.code).toBe(0);
    expect(existsSync(join(f.dir, 'Utenfor.xlsx'))).toBe(true);
    const unknown = await koble(['report', 'funder', '--grant', 'nope', '--from', PERIOD.from, '--to', PERIOD.to, '--db', f.path, '--out', out]);
    expect(unknown.code).toBe(2);
    expect((await koble(['report', 'funder', '--grant', f.id('county'), '--from', '1.1.2025', '--to', PERIOD.to, '--db', f.path, '--out', out])).code).toBe(1);
    expect((await koble(['report', 'funder', '--from', PERIOD.from, '--to', PERIOD.to, '--db', f.path, '--out', out])).code).toBe(1);
    expect((await koble(['report', 'funder', '--grant', 'x', '--from', PERIOD.from, '--to', PERIOD.to, '--db', f.path, '--out', join(f.dir, 'a.csv')])).code).toBe(1);
    expect((await koble(['report', 'donor'])).code).toBe(1);
  } finally {
    stderr.mockRestore();
  }
}, 120_000);
