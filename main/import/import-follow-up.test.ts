import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { participants, stageChanges } from '../../db/schema/index.ts';
import { tempDir } from '../../db/test/temp-dir.ts';
import { makeLargeSheet } from '../../scripts/make-import-fixtures.ts';
import { recentAudit } from '../audit/audit-log.ts';
import { osloToday } from '../../shared/oslo-day.ts';
import { TEST_PASSPHRASE, testProgramme, type TestProgramme } from '../test/programme.ts';
import { participantsImportedOn } from './imported-on.ts';
import type { ImportResult } from './index.ts';
import { liveSheetWorkers } from './read-worker/run.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
async function programme(options: Parameters<typeof testProgramme>[0] = {}): Promise<TestProgramme> {
  const p = await testProgramme(options);
  cleanups.push(() => p.close());
  return p;
}
function folder(): string {
  const { dir, cleanup } = tempDir('koble-import-source-');
  cleanups.push(cleanup);
  return dir;
}

/** The wizard's messy office list: a title row above the header, an unrecognised column "Fra land", two rows with problems. */
const MESSY = [
  'Deltakerliste KIA Skien – høst 2026;;;;;',
  'Fornavn;Etternavn;E-post;Mobil;Fødselsår;Fra land',
  'Bjørn;Ås;bjorn.as@example.no;+47 912 34 567;1988;Syria',
  'Øystein;Lærum;oystein@@example;900 11 222;1985;Ukraina',
  ';;uten.navn@example.no;;1990;Sverige',
  'Mariam;Haddad;mariam@example.no;41122333;1990;Sverige',
].join('\r\n');
const MAPPING = { 'Fra land': 'countryOfBackground' };

const PYTHON = '/usr/bin/python3';
/** Every row of the first sheet, read by openpyxl (a reader independent of exceljs). */
function readWithOpenpyxl(path: string): unknown[][] {
  const script = 'import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\nprint(json.dumps([list(r) for r in ws.iter_rows(values_only=True)],default=str))';
  return JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' })) as unknown[][];
}
/** Fixes cells as a coordinator would in Excel: openpyxl opens the file, sets "row,column=value" cells, saves it. */
function fixWithOpenpyxl(path: string, cells: Record<string, string>): void {
  const script = 'import json,sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1]);ws=wb.worksheets[0]\nfor k,v in json.loads(sys.argv[2]).items():\n  r,c=map(int,k.split(","));ws.cell(r,c).value=v\nwb.save(sys.argv[1])';
  execFileSync(PYTHON, ['-c', script, path, JSON.stringify(cells)]);
}

describe('the import wizard follow-up through the API', () => {
  it('names the person of each problem row, or nobody when the row has no name', async () => {
    const { dir, call } = await programme();
    const path = join(dir, 'deltakere høst.csv');
    writeFileSync(path, MESSY);
    const preview = await call('import.preview', { kind: 'participants', path, mapping: MAPPING });
    expect(preview.problems.map((p) => [p.row, p.code, p.name])).toEqual([
      [4, 'INVALID_EMAIL', 'Øystein Lærum'],
      [5, 'MISSING_NAME', ''],
    ]);
  });

  it('names a row whose name cell is itself the problem by what the cells hold, shortened', async () => {
    const { dir, call } = await programme();
    const path = join(dir, 'lang.csv');
    writeFileSync(path, `Fornavn;Etternavn\nKari;${'Nordmann'.repeat(20)}\n`);
    const preview = await call('import.preview', { kind: 'participants', path });
    expect(preview.problems[0]).toMatchObject({ code: 'TOO_LONG', name: expect.stringMatching(/^Kari NordmannNordmann.*…$/) as unknown });
    expect(preview.problems[0]!.name.length).toBeLessThanOrEqual(60);
  });

  it('saves the skipped rows with the original header, cells and reasons (0600), and the fixed file imports with the same mapping', async () => {
    const { dir, call, db } = await programme();
    const path = join(dir, 'deltakere høst.csv');
    writeFileSync(path, MESSY);
    const result: ImportResult = await call('import.commit', { kind: 'participants', path, mapping: MAPPING, skipInvalid: true });
    expect(result).toMatchObject({ imported: 2, skipped: 2 });

    const target = join(dir, 'exports', 'hoppet over.xlsx');
    expect(await call('import.saveSkippedRows', { path: target, language: 'nb' })).toEqual({ path: target, rows: 2 });
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readWithOpenpyxl(target)).toEqual([
      ['Fornavn', 'Etternavn', 'E-post', 'Mobil', 'Fødselsår', 'Fra land', 'Hvorfor hoppet over'],
      ['Øystein', 'Lærum', 'oystein@@example', '900 11 222', '1985', 'Ukraina', 'E-post: «oystein@@example» er ikke en gyldig e-postadresse.'],
      [null, null, 'uten.navn@example.no', null, '1990', 'Sverige', 'Fornavn: Navn mangler.'],
    ]);
    expect(recentAudit(db(), 5).find((entry) => entry.action === 'export')).toMatchObject({ entity: 'participants', details: { kind: 'skipped_rows', rows: 2 } });

    fixWithOpenpyxl(target, { '2,3': 'oystein@example.no', '3,1': 'Nadia', '3,2': 'Rahimi' });
    const again = await call('import.preview', { kind: 'participants', path: target, mapping: MAPPING });
    expect(again).toMatchObject({ headerRow: 1, totalRows: 2, validRows: 2, invalidRows: 0 });
    expect(again.headers.find((h) => h.header === 'Hvorfor hoppet over')).toMatchObject({ field: null });
    expect(await call('import.commit', { kind: 'participants', path: target, mapping: MAPPING, skipInvalid: false })).toMatchObject({ imported: 2, skipped: 0 });
    expect(db().select().from(participants).where(eq(participants.firstName, 'Øystein')).get()).toMatchObject({ email: 'oystein@example.no', countryOfBackground: 'UA' });
    expect(db().select().from(participants).where(eq(participants.firstName, 'Nadia')).get()).toMatchObject({ lastName: 'Rahimi', countryOfBackground: 'SE' });
  });

  it('writes the reasons in English when asked, and refuses when the last import skipped nothing', async () => {
    const { dir, call, api } = await programme();
    const path = join(dir, 'deltakere.csv');
    writeFileSync(path, MESSY);
    expect(await api.call('import.saveSkippedRows', { path: join(dir, 'none.xlsx') })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    await call('import.commit', { kind: 'participants', path, mapping: MAPPING, skipInvalid: true });
    const target = join(dir, 'skipped.xlsx');
    await call('import.saveSkippedRows', { path: target, language: 'en' });
    expect(readWithOpenpyxl(target)[0]!.at(-1)).toBe('Why skipped');
    expect(readWithOpenpyxl(target)[1]!.at(-1)).toBe('E-post: “oystein@@example” is not a valid e-mail address.');
    // locking forgets the rows (personal data in memory only)
    await call('vault.lock', {});
    await call('vault.unlock', { path: join(dir, 'Skien.koble'), passphrase: TEST_PASSPHRASE });
    expect(await api.call('import.saveSkippedRows', { path: target })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
  });

  it('writes only to a path chosen in the save dialog for an export, never over the open programme', async () => {
    const source = join(folder(), 'deltakere høst.csv');
    writeFileSync(source, MESSY);
    const p = await programme({ trustsPaths: false, spreadsheet: source });
    const { api, call, session } = p;
    const chosen = await call('import.chooseFile', {});
    await call('import.commit', { kind: 'participants', path: chosen!.path, mapping: MAPPING, skipInvalid: true });

    expect(await api.call('import.saveSkippedRows', { path: join(p.dir, 'sneaky.xlsx') })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    const programmeBytes = readFileSync(p.path);
    expect(await api.call('import.saveSkippedRows', { path: p.path })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    // even when the user picks the programme file itself in the save dialog
    session.allowPath(p.path, 'export');
    expect(await api.call('import.saveSkippedRows', { path: p.path })).toMatchObject({
      ok: false,
      error: { code: 'API_PATH_NOT_CHOSEN', details: { reason: 'programme_file' } },
    });
    expect(readFileSync(p.path).equals(programmeBytes)).toBe(true);

    const target = await call('import.chooseSkippedRowsFile', { language: 'nb' });
    expect(target).toEqual({ path: join(p.dir, 'exports', 'deltakere høst – hoppet over.xlsx') });
    expect(await call('import.saveSkippedRows', { path: target!.path })).toMatchObject({ rows: 2 });
  });

  it('lists the participants imported today (Oslo day), not those registered by hand', async () => {
    const { dir, call, db } = await programme();
    const path = join(dir, 'deltakere.csv');
    writeFileSync(path, MESSY);
    await call('import.commit', { kind: 'participants', path, mapping: MAPPING, skipInvalid: true });
    await call('people.create', { firstName: 'For', lastName: 'Hånd' });
    const imported = db().select({ id: participants.id }).from(participants).where(eq(participants.firstName, 'Bjørn')).get()!.id;
    const today = await call('import.importedToday', {});
    expect(today.day).toBe(osloToday());
    expect(today.participantIds).toHaveLength(2);
    expect(today.participantIds).toContain(imported);
  });

  it('counts an import by its Oslo day: 23:30 UTC on 28 February 2027 belongs to 1 March', async () => {
    const { dir, call, db } = await programme();
    const path = join(dir, 'deltakere.csv');
    writeFileSync(path, MESSY);
    await call('import.commit', { kind: 'participants', path, mapping: MAPPING, skipInvalid: true });
    db().update(stageChanges).set({ recordedAt: '2027-02-28T23:30:00.000Z' }).run();
    expect(participantsImportedOn(db(), '2027-03-01')).toHaveLength(2);
    expect(participantsImportedOn(db(), '2027-02-28')).toEqual([]);
    db().update(stageChanges).set({ recordedAt: '2027-02-28T22:59:59.999Z' }).run();
    expect(participantsImportedOn(db(), '2027-02-28')).toHaveLength(2);
  });

  it('notes a UTF-16 file without a byte-order mark in the preview, and not one with the mark', async () => {
    const { dir, call } = await programme();
    const bomless = join(dir, 'unicode.csv');
    writeFileSync(bomless, Buffer.from('Fornavn;Etternavn\nKari;Nordmann\nBjørn;Ås\n', 'utf16le'));
    const preview = await call('import.preview', { kind: 'participants', path: bomless });
    expect(preview.notes).toContainEqual({ row: 0, code: 'UTF16_WITHOUT_BOM', params: { encoding: 'UTF-16LE' } });
    expect(preview.sample.map((r) => r.lastName)).toEqual(['Nordmann', 'Ås']);
    const marked = join(dir, 'unicode-bom.csv');
    writeFileSync(marked, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Fornavn;Etternavn\nKari;Nordmann\n', 'utf16le')]));
    expect((await call('import.preview', { kind: 'participants', path: marked })).notes).toEqual([]);
  });

  it('locking the programme during the read ends the read worker, and nothing is written', async () => {
    const { dir, api, count, session, call } = await programme();
    const large = join(dir, 'large.xlsx');
    await makeLargeSheet(large, 6);
    const before = liveSheetWorkers();
    const reply = api.call('import.commit', { kind: 'participants', path: large, skipInvalid: true });
    const started = Date.now();
    while (liveSheetWorkers() === before && Date.now() - started < 10_000) await new Promise((done) => setTimeout(done, 5));
    expect(liveSheetWorkers()).toBe(before + 1);
    session.lock();
    expect(await reply).toMatchObject({ ok: false, error: { code: 'JOB_CANCELLED' } });
    const stopped = Date.now();
    while (liveSheetWorkers() > before && Date.now() - stopped < 5_000) await new Promise((done) => setTimeout(done, 5));
    expect(liveSheetWorkers()).toBe(before);
    await call('vault.unlock', { path: join(dir, 'Skien.koble'), passphrase: TEST_PASSPHRASE });
    expect(count('participants')).toBe(0);
    expect(count('stage_changes')).toBe(0);
  }, 120_000);
});
