import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { FIXTURES_DIR } from '../../scripts/make-import-fixtures.ts';
import { parseMapping } from './import-command.ts';

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
const PASS = 'blåbærsyltetøy på fjellet';
let cleanup = () => {};
afterEach(() => cleanup());

function koble(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(dir, 'appdata'), KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: PASS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout.trim().split('\n').at(-1)!) };
}

it('parses --map into a header → field mapping', () => {
  expect(parseMapping('Hjemby=municipality, Kolonne X=,Navn=fullName')).toEqual({ Hjemby: 'municipality', 'Kolonne X': '', Navn: 'fullName' });
  expect(() => parseMapping('Hjemby')).toThrow();
});

it('koble import: dry run, refusal with exit 2 and Norwegian messages, --skip-invalid, --map, usage errors', () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Skien.koble');
  expect(koble(temp.dir, ['init', '--db', db, '--staff', 'Kari']).code).toBe(0);
  const mixed = join(FIXTURES_DIR, 'mixed-valid-invalid.xlsx');

  const dry = koble(temp.dir, ['import', 'participants', mixed, '--db', db, '--dry-run', '--json']);
  expect(dry.code).toBe(2);
  expect(dry.json()).toEqual({
    imported: 0,
    skipped: 2,
    errors: [
      { row: 4, column: 'E-post', code: 'INVALID_EMAIL', message: '«ikke-en-epost» er ikke en gyldig e-postadresse.' },
      { row: 6, column: 'Fødselsår', code: 'IMPOSSIBLE_BIRTH_YEAR', message: expect.stringMatching(/^Fødselsåret 1700 er umulig/) },
    ],
  });

  const human = koble(temp.dir, ['import', 'participants', mixed, '--db', db]);
  expect(human.code).toBe(2);
  expect(human.stdout).toContain('rad 4, «E-post»: «ikke-en-epost» er ikke en gyldig e-postadresse.');

  const partial = koble(temp.dir, ['import', 'participants', mixed, '--db', db, '--skip-invalid', '--json']);
  expect(partial.code).toBe(0);
  expect(partial.json()).toMatchObject({ imported: 3, skipped: 2 });

  // The same people again: every row repeats someone already in the programme.
  const again = koble(temp.dir, ['import', 'participants', join(FIXTURES_DIR, 'semicolon.csv'), '--db', db, '--json']);
  expect(again.code).toBe(2);
  expect(again.json().errors[0]).toMatchObject({ row: 2, code: 'DUPLICATE_IN_PROGRAMME', message: 'Samme e-post som Kari Nordmann, som allerede er i programmet.' });

  const mapped = koble(temp.dir, ['import', 'participants', join(FIXTURES_DIR, 'unknown-headers.csv'), '--db', db, '--map', 'Hjemby=municipality,Etternavn=lastName', '--json']);
  // Same name as the Kari Nordmann already there, and no birth year, e-mail or phone to tell them
  // apart: a possible duplicate for the coordinator to decide (issue 11), never silently a second Kari.
  expect(mapped.code).toBe(2);
  expect(mapped.json().errors).toEqual([
    expect.objectContaining({ row: 2, code: 'POSSIBLE_DUPLICATE', message: expect.stringMatching(/^Mulig dublett: samme navn som Kari Nordmann i programmet/) }),
  ]);

  const unknown = koble(temp.dir, ['import', 'participants', join(FIXTURES_DIR, 'unknown-country.csv'), '--db', db, '--dry-run', '--json']);
  expect(unknown.json().errors[0]).toMatchObject({ code: 'UNKNOWN_COUNTRY', message: 'Kjenner ikke igjen landet «Eritera». Mente du «Eritrea»?' });

  const garbage = koble(temp.dir, ['import', 'participants', join(FIXTURES_DIR, 'garbage.xlsx'), '--db', db, '--json']);
  expect(garbage.code).toBe(2);
  expect(garbage.json()).toMatchObject({ error: { code: 'IMPORT_UNREADABLE_FILE' } });

  expect(koble(temp.dir, ['import', 'people', mixed, '--db', db]).code).toBe(1);
  expect(koble(temp.dir, ['import', 'participants', '--db', db]).code).toBe(1);
  expect(koble(temp.dir, ['import', 'participants', mixed]).code).toBe(1);
}, 240_000);
