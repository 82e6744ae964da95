import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { filesContaining, tempDir } from '../../db/test/temp-dir.ts';
import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
const PASS = 'blåbærsyltetøy på fjellet';
const NEW_PASS = 'tolv kaffekopper i kantina';
let cleanup = () => {};
afterEach(() => cleanup());

function koble(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(dataDir, 'appdata'), KOBLE_LANG: 'nb', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout.trim().split('\n').at(-1)!) };
}
let dataDir = '';

it('init, check, wrong passphrase, passphrase change, recover, backup and restore, with exit codes', () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  dataDir = temp.dir;
  const db = join(temp.dir, 'Skien.koble');

  expect(koble([]).code).toBe(1);
  expect(koble(['init']).code).toBe(1);
  expect(koble(['init', '--db', db, '--passphrase', PASS]).code).toBe(1);

  const init = koble(['init', '--db', db, '--staff', 'Kari', '--json'], { KOBLE_PASSPHRASE: PASS });
  expect(init.code).toBe(0);
  const { recoveryKey } = init.json() as { recoveryKey: string };
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  expect(koble(['init', '--db', db], { KOBLE_PASSPHRASE: PASS }).code).toBe(2);

  const check = koble(['check', '--db', db, '--json'], { KOBLE_PASSPHRASE: PASS });
  expect(check.code).toBe(0);
  expect(check.json()).toMatchObject({ ok: true, problems: [] });

  const wrong = koble(['check', '--db', db], { KOBLE_PASSPHRASE: 'ikke riktig passordfrase' });
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain('VAULT_WRONG_PASSPHRASE');
  expect(koble(['check', '--db', db, '--json'], { KOBLE_PASSPHRASE: 'ikke riktig passordfrase' }).json()).toMatchObject({ error: { code: 'VAULT_WRONG_PASSPHRASE' } });

  const backup = join(temp.dir, 'kopier', 'Skien-kopi.koble');
  expect(koble(['backup', '--db', db, '--out', backup], { KOBLE_PASSPHRASE: PASS }).code).toBe(0);
  expect(existsSync(`${backup}.keys`)).toBe(true);

  expect(koble(['passphrase', '--db', db], { KOBLE_PASSPHRASE: PASS, KOBLE_NEW_PASSPHRASE: 'kort' }).code).toBe(2);
  expect(koble(['passphrase', '--db', db], { KOBLE_PASSPHRASE: PASS, KOBLE_NEW_PASSPHRASE: NEW_PASS }).code).toBe(0);
  expect(koble(['check', '--db', db], { KOBLE_PASSPHRASE: PASS }).code).toBe(2);
  expect(koble(['check', '--db', db], { KOBLE_PASSPHRASE: NEW_PASS }).code).toBe(0);

  expect(koble(['recover', '--db', db], { KOBLE_RECOVERY_KEY: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', KOBLE_NEW_PASSPHRASE: PASS }).code).toBe(2);
  expect(koble(['recover', '--db', db], { KOBLE_RECOVERY_KEY: recoveryKey, KOBLE_NEW_PASSPHRASE: PASS }).code).toBe(0);
  expect(koble(['check', '--db', db], { KOBLE_PASSPHRASE: PASS }).code).toBe(0);

  const restore = koble(['restore', '--db', db, '--from', backup, '--json'], { KOBLE_PASSPHRASE: PASS });
  expect(restore.code).toBe(0);
  expect((restore.json() as { replacedPath: string }).replacedPath).toContain('.replaced-');
  expect(koble(['check', '--db', db], { KOBLE_PASSPHRASE: PASS }).code).toBe(0);
}, 180_000);

it('demo creates a programme that opens with the printed demo passphrase', () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  dataDir = temp.dir;
  const db = join(temp.dir, 'Demo.koble');
  const demo = koble(['demo', '--db', db, '--people', '60', '--seed', '7', '--json']);
  expect(demo.code).toBe(0);
  const out = demo.json() as { created: boolean; passphrase: string };
  expect(out.created).toBe(true);
  expect(out.passphrase.length).toBeGreaterThanOrEqual(12);
  expect(koble(['check', '--db', db], { KOBLE_PASSPHRASE: out.passphrase }).code).toBe(0);
  // On an existing file, demo adds another generated group of people.
  const again = koble(['demo', '--db', db, '--people', '50', '--seed', '8', '--json'], { KOBLE_PASSPHRASE: out.passphrase });
  expect(again.code).toBe(0);
  expect(again.json()).toMatchObject({ created: false });
  expect(koble(['check', '--db', db], { KOBLE_PASSPHRASE: out.passphrase }).code).toBe(0);
  expect(filesContaining(temp.dir, ['SQLite format 3', 'Demo Koordinator'])).toEqual([]);
}, 60_000);

it('check exits 2 and names the problem when the file has broken references', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  dataDir = temp.dir;
  const db = join(temp.dir, 'Skadet.koble');
  const { createVault } = await import('../../db/vault/vault.ts');
  const { vault } = await createVault({ path: db, staffName: 'Kari', passphrase: PASS });
  vault.sqlite.pragma('foreign_keys = OFF');
  vault.sqlite
    .prepare(`INSERT INTO stage_changes (id, participant_id, stage, effective_on, recorded_at, created_at) VALUES ('s1', 'no-such-person', 'registered', '2026-01-05', '2026-01-05T00:00:00Z', '2026-01-05')`)
    .run();
  vault.close();
  const check = koble(['check', '--db', db, '--json'], { KOBLE_PASSPHRASE: PASS });
  expect(check.code).toBe(2);
  expect(check.json()).toMatchObject({ ok: false, problems: ['1 broken foreign key reference(s)'] });
}, 60_000);

it('a weak passphrase is refused with its warning and hints as text in the CLI language, not translation keys', () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  dataDir = temp.dir;
  const db = join(temp.dir, 'Svak.koble');
  type Refusal = { error: { code: string; details: { warning: string | null; suggestions: string[] } } };
  for (const [language, locale] of [['nb', nb], ['en', en]] as const) {
    const refused = koble(['init', '--db', db, '--json'], { KOBLE_PASSPHRASE: 'passord123456', KOBLE_LANG: language });
    expect(refused.code).toBe(2);
    const { error } = refused.json() as Refusal;
    expect(error.code).toBe('VAULT_WEAK_PASSPHRASE');
    const { warnings, suggestions } = locale.passphrase as { warnings: Record<string, string>; suggestions: Record<string, string> };
    expect(error.details.suggestions.length).toBeGreaterThan(0);
    for (const hint of error.details.suggestions) expect(Object.values(suggestions)).toContain(hint);
    if (error.details.warning !== null) expect(Object.values(warnings)).toContain(error.details.warning);
    // Without --json the hints follow the message.
    const human = koble(['init', '--db', db], { KOBLE_PASSPHRASE: 'passord123456', KOBLE_LANG: language });
    expect(human.stderr).toContain(error.details.suggestions[0]);
  }
  expect(existsSync(db)).toBe(false);
}, 60_000);

it('an empty XDG_CONFIG_HOME counts as unset: preferences go to ~/.config/Koble, never ./Koble in the current folder', () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const home = join(temp.dir, 'home');
  const work = join(temp.dir, 'work');
  mkdirSync(home);
  mkdirSync(work);
  for (const xdg of ['', 'relative/config']) {
    const result = spawnSync(process.execPath, [BIN, 'init', '--db', join(work, `P${xdg.length}.koble`)], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: xdg, KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: PASS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(work).filter((name) => !name.startsWith('P'))).toEqual([]);
    expect(existsSync(join(home, '.config', 'Koble', 'preferences.json'))).toBe(true);
  }
}, 60_000);
