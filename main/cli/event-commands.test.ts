import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { createApi } from '../api/index.ts';
import { DEMO_PASSPHRASE } from '../demo/passphrase.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
const KIT_PASS = 'fire grønne elefanter danser';
let cleanup = () => {};
afterEach(() => {
  cleanup();
  delete process.env.KOBLE_KIT_PASSPHRASE;
});

it('koble event list, kit export and kit import end to end; a second import changes nothing', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Demo.koble');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(temp.dir, 'appdata'), KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: DEMO_PASSPHRASE };
  expect(spawnSync(process.execPath, [BIN, 'demo', '--db', db, '--people', '80', '--seed', '3'], { env, encoding: 'utf8' }).status).toBe(0);
  const listed = spawnSync(process.execPath, [BIN, 'event', 'list', '--db', db, '--json'], { env, encoding: 'utf8' });
  expect(listed.status).toBe(0);
  const events = JSON.parse(listed.stdout.trim().split('\n').at(-1)!) as { id: string; title: string; counts: { registered: number } }[];
  const event = events.find((e) => e.counts.registered > 0)!;
  expect(event).toBeDefined();

  process.env.KOBLE_DATA_DIR = join(temp.dir, 'appdata');
  process.env.KOBLE_LANG = 'nb';
  process.env.KOBLE_PASSPHRASE = DEMO_PASSPHRASE;
  const { main } = await import('../cli.ts');
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const koble = async (args: string[]) => {
    const lines: string[] = [];
    const code = await main(args, (line) => lines.push(line));
    return { code, stdout: lines.join('\n'), json: () => JSON.parse(lines.at(-1)!) as unknown };
  };
  try {
    const kit = join(temp.dir, 'dør.koblekit');
    expect((await koble(['event', 'kit', 'export', '--event', event.id, '--db', db, '--out', kit])).code).toBe(1); // no KOBLE_KIT_PASSPHRASE
    process.env.KOBLE_KIT_PASSPHRASE = KIT_PASS;
    const exported = await koble(['event', 'kit', 'export', '--event', event.id, '--db', db, '--out', kit]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Arrangementssett skrevet/);

    // The door laptop checks one person in and registers a walk-in.
    const laptop = createApi(fakeHost(temp.dir, { trustsPaths: true }), new Session({ sleep: async () => undefined }));
    expect((await laptop.call('kit.open', { path: kit, passphrase: KIT_PASS })).ok).toBe(true);
    const status = await laptop.call('kiosk.status', {});
    expect(status.ok && (status.value as { counts: { total: number } }).counts.total).toBeGreaterThan(0);
    const walkIn = await laptop.call('kiosk.walkIn', { firstName: 'Kari', lastName: 'Dørgjest', phone: '40009999', role: 'guest', consent: true });
    expect(walkIn.ok).toBe(true);
    await laptop.call('kiosk.leave', { passphrase: KIT_PASS });

    const first = await koble(['event', 'kit', 'import', kit, '--db', db, '--json']);
    expect(first.code).toBe(0);
    expect(first.json()).toEqual({ checkIns: 0, walkIns: 1, matched: 0, unchanged: 0, conflicts: [] });
    const again = await koble(['event', 'kit', 'import', kit, '--db', db]);
    expect(again.stdout).toMatch(/0 innsjekkinger, 0 uten påmelding \(0 funnet i programmet\), 1 uendret/);
    process.env.KOBLE_KIT_PASSPHRASE = 'feil passordfrase helt';
    expect((await koble(['event', 'kit', 'import', kit, '--db', db])).code).toBe(2);
    expect((await koble(['event', 'fly', '--db', db])).code).toBe(1);
  } finally {
    stderr.mockRestore();
  }
}, 120_000);
