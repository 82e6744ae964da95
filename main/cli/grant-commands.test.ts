import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { cliInProcess } from '../test/cli.ts';

let cleanup = () => {};
afterEach(() => cleanup());


it('koble grant list: every grant of the demo programme, as JSON and as lines', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Demo.koble');
  const { koble, stderr } = await cliInProcess(temp.dir);
  try {
    expect((await koble(['demo', '--db', db, '--people', '60', '--seed', '4'])).code).toBe(0);
    const listed = await koble(['grant', 'list', '--db', db, '--json']);
    expect(listed.code).toBe(0);
    const grants = listed.json() as { id: string; funder: string; funderName: string; periodStart: string; periodEnd: string; cohortIds: string[]; deadlines: { doneOn: string | null }[] }[];
    expect(grants).toHaveLength(5);
    expect(grants.filter((g) => g.funder === 'county').map((g) => g.funderName)).toEqual(Array(3).fill('Telemark fylkeskommune'));
    expect(grants.map((g) => g.funderName)).toEqual(expect.arrayContaining(['IMDi', 'Kavlifondet']));
    // Newest period first.
    expect(grants.map((g) => g.periodStart)).toEqual([...grants.map((g) => g.periodStart)].sort().reverse());

    const human = await koble(['grant', 'list', '--db', db]);
    expect(human.code).toBe(0);
    const lines = human.stdout.split('\n');
    expect(lines.at(-1)).toBe('5 tilskudd');
    const imdi = grants.find((g) => g.funder === 'imdi')!;
    const imdiLine = lines.find((l) => l.endsWith(imdi.id))!;
    expect(imdiLine).toMatch(/^IMDi\t/);
    expect(imdiLine).toContain(`01.01.${imdi.periodStart.slice(0, 4)}–31.12.${imdi.periodEnd.slice(0, 4)}`);
    expect(imdiLine).toMatch(/\tfrist \d\d\.\d\d\.\d{4}\t/);

    expect((await koble(['grant', 'list'])).code).toBe(1);
    expect((await koble(['grant', 'fly', '--db', db])).code).toBe(1);
    expect((await koble(['grant', 'list', '--db', join(temp.dir, 'missing.koble')])).code).not.toBe(0);
  } finally {
    stderr.mockRestore();
  }
}, 60_000);
