import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { keysPathFor } from '../../db/vault/keyslots.ts';
import { cliInProcess } from '../test/cli.ts';

let cleanup = () => {};
afterEach(() => cleanup());

it('koble sync push and pull carry a change from one copy of a programme to the other', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const { koble } = await cliInProcess(temp.dir);
  const folder = join(temp.dir, 'delt');
  mkdirSync(folder);
  mkdirSync(join(temp.dir, 'b'));
  const a = join(temp.dir, 'Skien.koble');
  const b = join(temp.dir, 'b', 'Skien.koble');
  expect((await koble(['demo', '--db', a, '--people', '50', '--seed', '2'])).code).toBe(0);
  expect((await koble(['sync', 'push', '--db', a, '--folder', folder])).code).toBe(0);
  copyFileSync(a, b);
  copyFileSync(keysPathFor(a), keysPathFor(b));
  const person = (await koble(['people', 'list', '--db', a, '--json'])).json() as { id: string; firstName: string }[];
  expect(person[0]!.firstName).not.toBe('');
  expect((await koble(['person', 'erase', person[0]!.id, '--db', a, '--yes', '--json'])).code).toBe(0);
  const pushed = await koble(['sync', 'push', '--db', a, '--folder', folder, '--json']);
  expect(pushed.json()).toMatchObject({ seq: 1 });

  const pulled = await koble(['sync', 'pull', '--db', b, '--folder', folder, '--json']);
  expect(pulled.code).toBe(0);
  expect(pulled.json()).toMatchObject({ applied: 1, conflicts: [] });
  expect((await koble(['sync', 'pull', '--db', b, '--folder', folder, '--json'])).json()).toMatchObject({ applied: 0 });
  const after = (await koble(['people', 'list', '--db', b, '--json'])).json() as { id: string; firstName: string }[];
  const stub = after.find((p) => p.id === person[0]!.id);
  expect(stub === undefined || stub.firstName === '').toBe(true);
  expect((await koble(['sync', 'pull', '--db', b, '--json'])).code).toBe(1);
}, 120_000);

it('koble sync invite writes an invitation with a code shown once; koble sync join makes the newcomer a programme that pulls only newer files', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const { koble } = await cliInProcess(temp.dir);
  const folder = join(temp.dir, 'delt');
  mkdirSync(folder);
  const a = join(temp.dir, 'Skien.koble');
  const b = join(temp.dir, 'ny', 'Skien.koble');
  const invitation = join(temp.dir, 'Til Nora.kobleinvite');
  const demo = await koble(['demo', '--db', a, '--people', '50', '--seed', '2']);
  expect(demo.stderr).toBe('');
  expect((await koble(['sync', 'push', '--db', a, '--folder', folder])).code).toBe(0);
  const invited = await koble(['sync', 'invite', '--db', a, '--out', invitation, '--staff', 'Nora Nykommer', '--json']);
  expect(invited.code).toBe(0);
  const { code } = invited.json() as { code: string };
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect((await koble(['sync', 'invite', '--db', a, '--out', invitation, '--staff', 'Nora Nykommer'])).code).toBe(2);

  process.env.KOBLE_INVITATION_CODE = 'AAAA-AAAA-AAAA-AAAA';
  process.env.KOBLE_NEW_PASSPHRASE = 'tyttebær i skogen om høsten';
  try {
    expect((await koble(['sync', 'join', '--invite', invitation, '--db', b])).code).toBe(2);
    process.env.KOBLE_INVITATION_CODE = code;
    expect((await koble(['sync', 'join', '--invite', invitation, '--db', b, '--json'])).json()).toMatchObject({ staffName: 'Nora Nykommer' });
  } finally {
    delete process.env.KOBLE_INVITATION_CODE;
  }
  const previous = process.env.KOBLE_PASSPHRASE;
  process.env.KOBLE_PASSPHRASE = process.env.KOBLE_NEW_PASSPHRASE;
  delete process.env.KOBLE_NEW_PASSPHRASE;
  try {
    expect((await koble(['sync', 'pull', '--db', b, '--folder', folder, '--json'])).json()).toMatchObject({ applied: 0, conflicts: [] });
  } finally {
    process.env.KOBLE_PASSPHRASE = previous;
  }
}, 120_000);
