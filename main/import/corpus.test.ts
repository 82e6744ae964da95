import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures, FIXTURES_DIR } from '../../scripts/make-import-fixtures.ts';
import type { ImportPreview, ImportResult } from './index.ts';
import { testProgramme } from '../test/programme.ts';

type Problem = [row: number, column: string, code: string, suggestion?: string];
type Expectation =
  | { error: string; reason?: string }
  | { headerRow?: number; total: number; valid: number; problems?: Problem[]; sample?: Record<string, unknown>[]; kind?: 'mentors'; seed?: true };

/** What each file of the corpus must give: a clear error, or exactly these rows and problems. */
const CORPUS: Record<string, Expectation> = {
  'empty.csv': { error: 'IMPORT_EMPTY_FILE' },
  'empty.xlsx': { error: 'IMPORT_EMPTY_FILE' },
  'blank-rows-only.csv': { error: 'IMPORT_EMPTY_FILE' },
  'no-header.csv': { error: 'IMPORT_NO_HEADER' },
  'no-header.xlsx': { error: 'IMPORT_NO_HEADER' },
  'only-headers.xlsx': { error: 'IMPORT_EMPTY_FILE', reason: 'no_rows' },
  'only-headers.csv': { error: 'IMPORT_EMPTY_FILE', reason: 'no_rows' },
  'title-rows.xlsx': {
    headerRow: 5,
    total: 3,
    valid: 3,
    sample: [
      { row: 6, firstName: 'Kari', lastName: 'Nordmann', phone: '+4791234567', birthYear: 1988, gender: 'female', countryOfBackground: 'ER', municipalityNumber: '4003' },
      { row: 7, firstName: 'Ahmed', phone: '+4748011222', gender: 'male', countryOfBackground: 'SY' },
      { row: 9, firstName: 'Olena', phone: '+4741122333', countryOfBackground: 'UA', municipalityNumber: '4001' },
    ],
  },
  'merged-cells.xlsx': {
    headerRow: 2,
    total: 3,
    valid: 3,
    sample: [
      { row: 3, firstName: 'Kari', lastName: 'Nordmann', municipalityNumber: '4003' },
      { row: 4, firstName: 'Ola', municipalityNumber: '4003' },
      { row: 5, firstName: 'Per', municipalityNumber: '4003' },
    ],
  },
  'formulas.xlsx': {
    total: 3,
    valid: 1,
    problems: [
      [3, 'Fødselsår', 'FORMULA_WITHOUT_RESULT'],
      [4, 'Fødselsår', 'CELL_ERROR'],
    ],
    sample: [{ row: 2, birthYear: 1988, email: 'kari@example.no' }],
  },
  'garbage.xlsx': { error: 'IMPORT_UNREADABLE_FILE', reason: 'not_xlsx' },
  'not-a-workbook.xlsx': { error: 'IMPORT_UNREADABLE_FILE', reason: 'not_xlsx' },
  'old-format.xls': { error: 'IMPORT_UNREADABLE_FILE', reason: 'old_xls' },
  'binary.csv': { error: 'IMPORT_UNREADABLE_FILE', reason: 'binary' },
  'dates.xlsx': {
    total: 11,
    valid: 10,
    problems: [
      [12, 'Fødselsdato', 'INVALID_BIRTH_YEAR'],
      [12, 'Registrert', 'INVALID_DATE'],
    ],
    sample: [
      { row: 2, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 3, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 4, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 5, birthYear: 1990, registeredOn: '2025-02-01' },
      { row: 6, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 7, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 8, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 9, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 10, birthYear: 1990, registeredOn: '2025-01-15' },
      { row: 11, birthYear: 1990 },
    ],
  },
  'dates.csv': {
    total: 9,
    valid: 8,
    problems: [
      [10, 'Fødselsdato', 'INVALID_BIRTH_YEAR'],
      [10, 'Registrert', 'INVALID_DATE'],
    ],
    sample: [{ row: 2, registeredOn: '2025-01-15' }, { row: 3, registeredOn: '2025-02-01' }],
  },
  'utf8-bom.csv': { total: 3, valid: 3, sample: [{ firstName: 'Bjørn', lastName: 'Østby' }, { firstName: 'Åse', lastName: 'Ærø', municipalityNumber: '3419' }, { firstName: 'Jørgen' }] },
  'utf8-no-bom.csv': { total: 3, valid: 3, sample: [{ firstName: 'Bjørn', lastName: 'Østby' }, { firstName: 'Åse', lastName: 'Ærø' }, { lastName: 'Dæhli' }] },
  'windows-1252.csv': { total: 3, valid: 3, sample: [{ firstName: 'Bjørn', lastName: 'Østby' }, { firstName: 'Åse', lastName: 'Ærø' }, { lastName: 'Dæhli' }] },
  'utf16-tab.txt': { total: 3, valid: 3, sample: [{ firstName: 'Bjørn', lastName: 'Østby' }] },
  'semicolon.csv': { total: 3, valid: 3, sample: [{ firstName: 'Kari', email: 'kari.nordmann@example.no', birthYear: 1988 }] },
  'comma-quoted.csv': {
    total: 2,
    valid: 2,
    sample: [
      { firstName: 'Kari', lastName: 'Nordmann', notes: 'Ønsker mentor innen IT, gjerne kvinne' },
      { firstName: 'Ahmed Ali', lastName: 'Hassan', notes: 'Første linje\nandre linje med "sitat"' },
    ],
  },
  'injection.csv': {
    total: 3,
    valid: 3,
    sample: [
      { firstName: '=HYPERLINK("http://example.invalid","klikk")', desiredOccupation: "+cmd|' /C calc'!A0", notes: '-1+1' },
      { firstName: '@SUM(1+1)', desiredOccupation: '=1+1', notes: '@SUM(A1:A9)' },
      { lastName: '-Nordmann', notes: "=cmd|' /C notepad'!A0" },
    ],
  },
  'injection.xlsx': { total: 2, valid: 2, sample: [{ firstName: '=HYPERLINK("http://example.invalid","klikk")', notes: '+1+1' }, { notes: '@SUM(A1)' }] },
  'duplicates-in-file.csv': {
    total: 5,
    valid: 2,
    problems: [
      [3, 'E-post', 'DUPLICATE_IN_FILE'],
      [4, 'Telefon', 'DUPLICATE_IN_FILE'],
      [5, 'Etternavn', 'DUPLICATE_IN_FILE'],
    ],
  },
  'duplicates-in-programme.csv': {
    seed: true,
    total: 3,
    valid: 1,
    problems: [
      [2, 'E-post', 'DUPLICATE_IN_PROGRAMME'],
      [4, 'Telefon', 'DUPLICATE_IN_PROGRAMME'],
    ],
  },
  'unknown-country.csv': {
    total: 5,
    valid: 2,
    problems: [
      [2, 'Landbakgrunn', 'UNKNOWN_COUNTRY', 'Eritrea'],
      [4, 'Landbakgrunn', 'UNKNOWN_COUNTRY'],
      [6, 'Landbakgrunn', 'UNKNOWN_COUNTRY', 'Afghanistan'],
    ],
    sample: [{}, { countryOfBackground: 'SE' }, {}, { countryOfBackground: 'SY' }],
  },
  'unknown-municipality.csv': {
    total: 6,
    valid: 3,
    problems: [
      [2, 'Bostedskommune', 'UNKNOWN_MUNICIPALITY', 'Skien'],
      [3, 'Bostedskommune', 'AMBIGUOUS_MUNICIPALITY'],
      [6, 'Bostedskommune', 'UNKNOWN_MUNICIPALITY'],
    ],
    sample: [{}, {}, { municipalityNumber: '4003' }, { municipalityNumber: '0301' }, {}, { municipalityNumber: '0301' }],
  },
  'impossible-birth-year.csv': {
    total: 5,
    valid: 1,
    problems: [
      [2, 'Fødselsår', 'IMPOSSIBLE_BIRTH_YEAR'],
      [3, 'Fødselsår', 'IMPOSSIBLE_BIRTH_YEAR'],
      [4, 'Fødselsår', 'INVALID_BIRTH_YEAR'],
      [6, 'Fødselsår', 'IMPOSSIBLE_BIRTH_YEAR'],
    ],
  },
  'invalid-email.csv': {
    total: 4,
    valid: 1,
    problems: [
      [2, 'E-post', 'INVALID_EMAIL'],
      [3, 'E-post', 'INVALID_EMAIL'],
      [4, 'E-post', 'INVALID_EMAIL'],
    ],
    sample: [{}, {}, {}, { email: 'Ok@example.no' }],
  },
  'missing-name.csv': { total: 2, valid: 1, problems: [[2, 'Fornavn', 'MISSING_NAME']] },
  'words.csv': {
    total: 4,
    valid: 3,
    problems: [
      [5, 'Kjønn', 'UNKNOWN_GENDER'],
      [5, 'Innvandringsgrunn', 'UNKNOWN_IMMIGRATION_REASON'],
      [5, 'Botid', 'INVALID_YEARS_IN_NORWAY'],
      [5, 'Utdanning', 'UNKNOWN_EDUCATION_LEVEL'],
      [5, 'NOKUT', 'UNKNOWN_DEGREE_RECOGNITION'],
      [5, 'Fagfelt', 'UNKNOWN_FIELD'],
      [5, 'Norsknivå', 'UNKNOWN_NORWEGIAN_LEVEL'],
    ],
    sample: [
      { gender: 'female', educationLevel: 'master', norwegianLevel: 'B2', immigrationReason: 'FLU', degreeRecognition: 'yes', field: 'economics_administration' },
      { gender: 'male', educationLevel: 'bachelor', norwegianLevel: 'B1', immigrationReason: 'FAM', degreeRecognition: 'applied', field: 'engineering_technology_it' },
      { gender: 'other', educationLevel: 'trade_certificate', norwegianLevel: 'A2', immigrationReason: 'ARB', degreeRecognition: 'no', field: 'medicine_health' },
    ],
  },
  'phones.csv': {
    total: 6,
    valid: 4,
    problems: [
      [6, 'Mobil', 'INVALID_PHONE'],
      [7, 'Mobil', 'INVALID_PHONE'],
    ],
    sample: [{ phone: '+4791234567' }, { phone: '+4741223344' }, { phone: '+4798765432' }, { phone: '+46701234567' }],
  },
  'english-headers.csv': { total: 1, valid: 1, sample: [{ firstName: 'Mary', email: 'mary@example.com', birthYear: 1985, gender: 'female', countryOfBackground: 'GB', municipalityNumber: '4601' }] },
  'unknown-headers.csv': { total: 1, valid: 1 },
  'mentors.xlsx': {
    kind: 'mentors',
    total: 3,
    valid: 2,
    problems: [[4, 'Kapasitet', 'INVALID_CAPACITY']],
    sample: [
      { firstName: 'Per', lastName: 'Ingeniør', employer: 'Yara ASA', capacity: 2, yearsOfExperience: 15, field: 'engineering_technology_it', municipalityNumber: '4001' },
      { firstName: 'Lise', capacity: 1, yearsOfExperience: 12, field: 'medicine_health' },
    ],
  },
  'mixed-valid-invalid.xlsx': {
    total: 5,
    valid: 3,
    problems: [
      [4, 'E-post', 'INVALID_EMAIL'],
      [6, 'Fødselsår', 'IMPOSSIBLE_BIRTH_YEAR'],
    ],
  },
};

let programme: Awaited<ReturnType<typeof testProgramme>>;
beforeAll(async () => {
  programme = await testProgramme();
});
afterAll(() => programme.close());

describe('the import corpus', () => {
  it('has at least 30 generated files, each with an expectation, all present in main/import/fixtures', async () => {
    const names = Object.keys(await buildFixtures());
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names.sort()).toEqual(Object.keys(CORPUS).sort());
    for (const name of names) expect(existsSync(join(FIXTURES_DIR, name)), name).toBe(true);
  });

  for (const [name, expected] of Object.entries(CORPUS)) {
    it(`${name}: ${'error' in expected ? expected.error : `${expected.valid} of ${expected.total} rows valid`}, and never a partial import`, async () => {
      const { api, count, clearPeople } = programme;
      clearPeople();
      const kind = 'kind' in expected && expected.kind ? expected.kind : 'participants';
      const request = { kind, path: join(FIXTURES_DIR, name) };
      if ('seed' in expected) {
        const seeded = await api.call('import.commit', { kind, path: join(FIXTURES_DIR, 'semicolon.csv'), skipInvalid: false });
        expect(seeded.ok).toBe(true);
      }
      const before = count(kind);
      const preview = await api.call('import.preview', request);
      if ('error' in expected) {
        expect(preview).toMatchObject({ ok: false, error: { code: expected.error, ...(expected.reason ? { details: { reason: expected.reason } } : {}) } });
        expect(await api.call('import.commit', { ...request, skipInvalid: true })).toMatchObject({ ok: false, error: { code: expected.error } });
        expect(count(kind)).toBe(before);
        return;
      }
      if (!preview.ok) throw new Error(`${name}: ${preview.error.code} ${preview.error.message}`);
      const value = preview.value as ImportPreview;
      if (expected.headerRow) expect(value.headerRow).toBe(expected.headerRow);
      expect({ total: value.totalRows, valid: value.validRows, invalid: value.invalidRows }).toEqual({
        total: expected.total,
        valid: expected.valid,
        invalid: expected.total - expected.valid,
      });
      const problems = value.problems.map((p) => [p.row, p.column, p.code, ...(p.suggestion ? [p.suggestion] : [])]);
      expect(problems.sort()).toEqual((expected.problems ?? []).map((p) => [...p]).sort());
      (expected.sample ?? []).forEach((row, i) => expect(value.sample[i], `${name} sample ${i}`).toMatchObject(row));
      for (const p of value.problems) if (p.code.startsWith('DUPLICATE_IN_PROGRAMME')) expect(p.params).toMatchObject({ personId: expect.any(String), name: expect.any(String) });
      for (const p of value.problems) if (p.code === 'DUPLICATE_IN_FILE') expect(p.params.otherRow).toBe(2);

      // By default nothing is written while any row is invalid; skipInvalid writes exactly the valid rows.
      const strict = await api.call('import.commit', { ...request, skipInvalid: false });
      if (expected.total === 0) {
        expect(strict).toMatchObject({ ok: false, error: { code: 'IMPORT_EMPTY_FILE' } });
      } else if (expected.valid < expected.total) {
        expect(strict).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID_ROWS', details: { invalidRows: expected.total - expected.valid } } });
        expect(count(kind)).toBe(before);
        const lenient = await api.call('import.commit', { ...request, skipInvalid: true });
        expect(lenient).toMatchObject({ ok: true, value: { imported: expected.valid, skipped: expected.total - expected.valid } });
        expect((lenient.ok ? (lenient.value as ImportResult) : null)?.problems.length).toBe(expected.problems?.length ?? 0);
      } else {
        expect(strict).toMatchObject({ ok: true, value: { imported: expected.total, skipped: 0 } });
      }
      expect(count(kind)).toBe(before + (expected.total === 0 ? 0 : expected.valid));
    });
  }
});
