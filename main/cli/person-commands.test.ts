import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, isNotNull } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { participants } from '../../db/schema/index.ts';
import { tempDir } from '../../db/test/temp-dir.ts';
import { unlockWithPassphrase } from '../../db/vault/vault.ts';
import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
const PASS = 'blåbærsyltetøy på fjellet';
let cleanup = () => {};
afterEach(() => cleanup());

it('koble person export writes .xlsx and JSON into a folder; koble person erase --yes leaves a stub', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const koble = (args: string[], language = 'nb') => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(temp.dir, 'appdata'), KOBLE_LANG: language, KOBLE_PASSPHRASE: PASS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout.trim().split('\n').at(-1)!) as unknown };
  };
  const db = join(temp.dir, 'Skien.koble');
  expect(koble(['demo', '--db', db, '--people', '50', '--seed', '5']).code).toBe(0);
  const vault = await unlockWithPassphrase(db, PASS);
  const person = vault.db.select().from(participants).where(isNotNull(participants.email)).get()!;
  vault.close();

  const out = join(temp.dir, 'innsyn');
  const exported = koble(['person', 'export', person.id, '--db', db, '--out', out, '--json']);
  expect(exported.code).toBe(0);
  expect(readdirSync(out).sort()).toEqual([expect.stringMatching(/^Innsyn-.+\.json$/), expect.stringMatching(/^Innsyn-.+\.xlsx$/)]);
  const jsonFile = readdirSync(out).find((f) => f.endsWith('.json'))!;
  expect(JSON.parse(readFileSync(join(out, jsonFile), 'utf8'))).toMatchObject({ person: { email: person.email } });
  expect(koble(['person', 'export', person.id, '--db', db, '--out', join(temp.dir, 'bare-json'), '--format', 'json']).code).toBe(0);
  expect(readdirSync(join(temp.dir, 'bare-json'))).toHaveLength(1);

  // Without --yes and with no terminal to confirm in, the refusal is in the CLI's language.
  const unconfirmed = koble(['person', 'erase', person.id, '--db', db]);
  expect(unconfirmed.code).toBe(1);
  expect(unconfirmed.stderr).toContain(nb.cli.eraseNeedsYes);
  expect(koble(['person', 'erase', person.id, '--db', db], 'en').stderr).toContain(en.cli.eraseNeedsYes);
  expect(nb.cli.eraseNeedsYes).not.toBe(en.cli.eraseNeedsYes);
  expect(koble(['person', 'erase', person.id, '--db', db, '--yes', '--json']).json()).toEqual({ stubId: person.id });
  const again = koble(['person', 'erase', person.id, '--db', db, '--yes']);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('PRIVACY_ALREADY_ERASED');
  expect(koble(['person', 'export', 'no-such-id', '--db', db, '--out', out]).code).toBe(2);
  expect(koble(['person', 'delete', person.id, '--db', db]).code).toBe(1);

  const after = await unlockWithPassphrase(db, PASS);
  expect(after.db.select().from(participants).where(eq(participants.id, person.id)).get()).toMatchObject({ firstName: '', email: null });
  after.close();
  expect(existsSync(db)).toBe(true);
}, 120_000);
