import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createProgrammeThroughApi, goTo, heading1, hostPost } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';
import { LAPTOP } from './deltakere-laptop.spec.ts';
import { smallHostileFiles } from '../../scripts/make-hostile-files.ts';

/** The page's document as the predicates below use it (a function predicate, not a string: the CSP forbids eval). */
type PageGlobal = { document: { querySelector(selector: string): { value?: string } | null } };

/**
 * A messy office list: a title row and a blank row above the headers, semicolons, æøå, a column
 * Koble does not recognise ("Fra land") and one row with a broken e-mail address.
 */
const MESSY_CSV = [
  'Deltakerliste KIA Skien – høst 2026;;;;;',
  ';;;;;',
  'Fornavn;Etternavn;E-post;Mobil;Fødselsår;Fra land',
  'Bjørn;Ås;bjorn.as@example.no;+47 912 34 567;1988;Syria',
  'Åse;Kværnø;ase.kvaerno@example.no;48 12 34 56;1992;Eritrea',
  'Øystein;Lærum;oystein@@example;900 11 222;1985;Ukraina',
  'Mariam;Haddad;mariam@example.no;41122333;1990;Sverige',
  '',
].join('\r\n');

const PYTHON = '/usr/bin/python3';
/** The rows of a workbook's first sheet, read by openpyxl (not by the exceljs that wrote them). */
function workbookRows(path: string): unknown[][] {
  const script = 'import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\nprint(json.dumps([list(r) for r in ws.iter_rows(values_only=True)],default=str))';
  return JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' })) as unknown[][];
}

/** The text of one problem line of the wizard's table, spaces collapsed. */
async function problemLine(problems: Locator, hasText: string): Promise<string> {
  const row = problems.getByRole('row').filter({ hasText }).first();
  await row.waitFor();
  return (await row.innerText()).replace(/\s+/g, ' ');
}

/** Opens the import wizard from Deltakere. */
async function openWizard(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Importer fra regneark' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByRole('heading', { name: 'Importer fra regneark' }).waitFor();
  return wizard;
}

/** Chooses `path` (inside the files folder) in the wizard's file dialog. */
async function chooseInWizard(host: Parameters<typeof hostPost>[0], wizard: Locator, path: string): Promise<void> {
  await hostPost(host, '/test/next-file', { path, dialog: 'spreadsheet' });
  await wizard.getByRole('button', { name: /^Velg (en annen )?fil …$/ }).click();
  await wizard.getByTestId('import-file').getByText(path.split('/').at(-1)!, { exact: true }).waitFor();
}

/**
 * Spreadsheet import through the wizard at 1366×768: dry run with each problem's person named,
 * fix a mapping, import only the valid rows, save the skipped row as a workbook, fix it and import
 * it again, and find the new people under "Importert i dag".
 */
export const importWizard: Spec = {
  name: 'import: messy CSV through the wizard into the grid, skipped rows saved and re-imported, "Importert i dag"',
  timeoutMs: 150_000,
  async run({ page, host, filesDir, screenshot, axe, step }) {
    await page.setViewportSize(LAPTOP);
    await createProgrammeThroughApi(host);
    const byHand = await host.api.call('people.create', { firstName: 'Registrert', lastName: 'Forhånd' });
    assert.ok(byHand.ok, JSON.stringify(byHand));
    writeFileSync(join(filesDir, 'deltakere høst.csv'), MESSY_CSV, 'utf8');
    await page.goto(`${host.url}`);
    await heading1(page, 'Oversikt');
    await goTo(page, 'Deltakere');

    step('open the wizard and choose the file');
    const wizard = await openWizard(page);
    await hostPost(host, '/test/next-file', { path: 'deltakere høst.csv', dialog: 'spreadsheet' });
    await wizard.getByRole('button', { name: 'Velg fil …' }).click();
    await wizard.getByTestId('import-file').getByText('deltakere høst.csv').waitFor();
    await wizard.getByTestId('import-summary').getByText('4 rader: 3 gyldige, 1 med feil.').waitFor();

    step('the problem is listed by row, person and column in Norwegian');
    const problems = wizard.getByTestId('import-problems');
    const line = await problemLine(problems, 'E-post');
    assert.match(line, /^6 Øystein Lærum E-post /, `row 6 (the CSV line), the person, column E-post: ${line}`);
    assert.doesNotMatch(line, /INVALID_EMAIL/, 'the message is translated, not the code');

    step('fix the mapping of the unrecognised column');
    const mapping = wizard.getByTestId('import-mapping');
    const fraLand = mapping.getByLabel('Felt for kolonnen «Fra land»');
    assert.equal(await fraLand.inputValue(), '', '"Fra land" is not recognised');
    assert.equal(await mapping.getByLabel('Felt for kolonnen «E-post»').inputValue(), 'email', 'E-post is recognised');
    await fraLand.selectOption('countryOfBackground');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobal).document.querySelector('[aria-label="Felt for kolonnen «Fra land»"]')?.value === 'countryOfBackground');
    await wizard.getByTestId('import-summary').getByText('4 rader: 3 gyldige, 1 med feil.').waitFor();
    await screenshot('20-import-preview');
    await axe('import wizard (preview)');

    step('import is blocked until "only valid rows" is chosen');
    const importButton = wizard.getByRole('button', { name: /^Importer \d+ rad/ });
    assert.equal(await importButton.isDisabled(), true, 'disabled while a row is invalid');
    await wizard.getByLabel('Importer bare de gyldige radene (3 rader)').check();
    await wizard.getByRole('button', { name: 'Importer 3 rader' }).click();
    await wizard.getByTestId('import-result').getByText('Ferdig: 3 importert, 1 hoppet over.').waitFor();

    step('the skipped row is saved as a workbook to fix (in the test host the save dialog writes to the exports folder)');
    await wizard.getByRole('button', { name: 'Lagre radene som ble hoppet over (.xlsx) …' }).click();
    const saved = join(filesDir, 'exports', 'deltakere høst – hoppet over.xlsx');
    await wizard.getByTestId('skipped-rows-saved').getByText(`Lagret 1 rad i ${saved}.`, { exact: false }).waitFor();
    await screenshot('21-import-done');
    await axe('import wizard (done, skipped rows saved)');
    assert.ok(existsSync(saved), saved);
    assert.equal(statSync(saved).mode & 0o777, 0o600, 'owner-only, like every export');
    assert.deepEqual(workbookRows(saved), [
      ['Fornavn', 'Etternavn', 'E-post', 'Mobil', 'Fødselsår', 'Fra land', 'Hvorfor hoppet over'],
      ['Øystein', 'Lærum', 'oystein@@example', '900 11 222', '1985', 'Ukraina', 'E-post: «oystein@@example» er ikke en gyldig e-postadresse.'],
    ]);

    step('the rows are in the grid, with their country mapped');
    await wizard.getByRole('button', { name: 'Lukk og vis listen' }).click();
    const grid = page.getByTestId('participants-grid');
    for (const name of ['Bjørn Ås', 'Åse Kværnø', 'Mariam Haddad']) await grid.getByRole('gridcell', { name }).waitFor();
    assert.equal(await grid.getByText('Øystein Lærum').count(), 0, 'the invalid row was skipped');
    const listed = await host.api.call('people.list', {});
    assert.ok(listed.ok);
    const rows = listed.value as { firstName: string; countryOfBackground: string | null; phone: string | null }[];
    assert.equal(rows.length, 4);
    const bjorn = rows.find((row) => row.firstName === 'Bjørn');
    assert.equal(bjorn?.countryOfBackground, 'SY', 'the remapped column was imported');
    await screenshot('22-grid-after-import');

    step('"Importert i dag" shows only the people the import made');
    const rowCount = page.getByTestId('row-count');
    await rowCount.getByText('Viser 4 av 4').waitFor();
    const importedToday = page.getByRole('checkbox', { name: 'Importert i dag (3)' });
    await importedToday.check();
    await rowCount.getByText('Viser 3 av 4').waitFor();
    assert.equal(await grid.getByRole('gridcell', { name: 'Registrert Forhånd' }).count(), 0, 'the person registered by hand is filtered out');
    await screenshot('23-imported-today');
    await axe('Deltakere filtered to today\'s import');

    step('the fixed skipped-rows file imports with the same mapping');
    const fix = 'import sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1])\nwb.worksheets[0].cell(2,3).value="oystein@example.no"\nwb.save(sys.argv[1])';
    execFileSync(PYTHON, ['-c', fix, saved]);
    await openWizard(page);
    await chooseInWizard(host, wizard, 'exports/deltakere høst – hoppet over.xlsx');
    await mapping.getByLabel('Felt for kolonnen «Fra land»').selectOption('countryOfBackground');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobal).document.querySelector('[aria-label="Felt for kolonnen «Fra land»"]')?.value === 'countryOfBackground');
    assert.equal(await mapping.getByLabel('Felt for kolonnen «Hvorfor hoppet over»').inputValue(), '', 'the reason column is not imported');
    await wizard.getByTestId('import-summary').getByText('1 rader: 1 gyldige, 0 med feil.').waitFor();
    await wizard.getByRole('button', { name: 'Importer 1 rad' }).click();
    await wizard.getByTestId('import-result').getByText('Ferdig: 1 importert, 0 hoppet over.').waitFor();
    await wizard.getByRole('button', { name: 'Lukk og vis listen' }).click();
    await page.getByRole('checkbox', { name: 'Importert i dag (4)' }).waitFor();
    await rowCount.getByText('Viser 4 av 5').waitFor();
    await grid.getByRole('gridcell', { name: 'Øystein Lærum' }).waitFor();
    const again = await host.api.call('people.list', {});
    assert.ok(again.ok);
    const oystein = (again.value as { firstName: string; email: string | null; countryOfBackground: string | null }[]).find((row) => row.firstName === 'Øystein');
    assert.deepEqual({ email: oystein?.email, country: oystein?.countryOfBackground }, { email: 'oystein@example.no', country: 'UA' });
    await page.getByRole('checkbox', { name: 'Importert i dag (4)' }).uncheck();
    await rowCount.getByText('Viser 5 av 5').waitFor();
  },
};

/**
 * What the CLI's import notices say, in the wizard's preview: a UTF-16 file without a byte-order
 * mark, a repeated header, a Sum row, a row with no name, merged cells, data behind an
 * instructions sheet, and an unterminated quote with its line.
 */
export const importWizardNotes: Spec = {
  name: 'import: the notes on a file (Sum row, merged cells, repeated header, sheet chosen, UTF-16) and an unterminated quote, in the wizard',
  timeoutMs: 120_000,
  async run({ page, host, filesDir, screenshot, axe, step }) {
    await page.setViewportSize(LAPTOP);
    await createProgrammeThroughApi(host);
    const awkward = ['Fornavn\tEtternavn\tE-post\tE-post', 'Kari\tNordmann\tkari@example.no\tk@example.no', '\t\tuten.navn@example.no\t', 'Sum\t\t\t', ''].join('\r\n');
    writeFileSync(join(filesDir, 'unicode.txt'), Buffer.from(awkward, 'utf16le'));
    const files = await smallHostileFiles();
    for (const name of ['sum-row.xlsx', 'instructions-first.xlsx', 'unterminated-quote.csv']) writeFileSync(join(filesDir, name), files[name]!);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await goTo(page, 'Deltakere');
    const wizard = await openWizard(page);

    step('UTF-16 without a mark, a repeated header and a Sum row are noted; the nameless row is "(uten navn)"');
    await chooseInWizard(host, wizard, 'unicode.txt');
    const notes = wizard.getByTestId('import-notes');
    await notes.getByText('Filen er lest som Unicode-tekst (UTF-16LE) uten byte-rekkefølgemerke.', { exact: false }).waitFor();
    await notes.getByText('Kolonnen «E-post» står flere ganger (kolonne C, D).', { exact: false }).waitFor();
    await notes.getByText('Rad 4 ser ut som en sumrad', { exact: false }).waitFor();
    await wizard.getByTestId('import-summary').getByText('2 rader: 1 gyldige, 1 med feil.').waitFor();
    const line = await problemLine(wizard.getByTestId('import-problems'), 'Navn mangler');
    assert.match(line, /^3 \(uten navn\) Fornavn Navn mangler\.$/, line);
    await screenshot('24-import-notes');
    await axe('import wizard (notes)');

    step('merged cells, and the data found behind an instructions sheet');
    await chooseInWizard(host, wizard, 'sum-row.xlsx');
    await notes.getByText('Arket har sammenslåtte celler (A5:B5).', { exact: false }).waitFor();
    await notes.getByText('Rad 5 ser ut som en sumrad', { exact: false }).waitFor();
    await chooseInWizard(host, wizard, 'instructions-first.xlsx');
    await notes.getByText('Leser arket «Deltakere»: Instruksjoner har ingen overskriftsrad.').waitFor();

    step('an unterminated quote is refused with its line');
    await hostPost(host, '/test/next-file', { path: 'unterminated-quote.csv', dialog: 'spreadsheet' });
    await wizard.getByRole('button', { name: 'Velg en annen fil …' }).click();
    await wizard.getByRole('alert').getByText('anførselstegn (") på linje 3 som aldri avsluttes', { exact: false }).waitFor();
  },
};
