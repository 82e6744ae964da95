import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProgrammeThroughApi, heading1, hostPost } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

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

/** Spreadsheet import through the wizard: dry run, fix a mapping, import only the valid rows, see them in the grid. */
export const importWizard: Spec = {
  name: 'import: messy CSV through the wizard into the grid',
  timeoutMs: 90_000,
  async run({ page, host, filesDir, screenshot, axe, step }) {
    await createProgrammeThroughApi(host);
    writeFileSync(join(filesDir, 'deltakere høst.csv'), MESSY_CSV, 'utf8');
    await page.goto(`${host.url}`);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Deltakere' }).click();
    await heading1(page, 'Deltakere');

    step('open the wizard and choose the file');
    await page.getByRole('button', { name: 'Importer fra regneark' }).click();
    const wizard = page.getByTestId('import-wizard');
    await wizard.getByRole('heading', { name: 'Importer fra regneark' }).waitFor();
    await hostPost(host, '/test/next-file', { path: 'deltakere høst.csv', dialog: 'spreadsheet' });
    await wizard.getByRole('button', { name: 'Velg fil …' }).click();
    await wizard.getByTestId('import-file').getByText('deltakere høst.csv').waitFor();
    await wizard.getByTestId('import-summary').getByText('4 rader: 3 gyldige, 1 med feil.').waitFor();

    step('the problem is listed by row and column in Norwegian');
    const problems = wizard.getByTestId('import-problems');
    const problemRow = problems.getByRole('row').filter({ hasText: 'E-post' });
    await problemRow.first().waitFor();
    const problemLine = (await problemRow.first().innerText()).replace(/\s+/g, ' ');
    assert.match(problemLine, /^6 E-post /, `row 6 (the CSV line), column E-post: ${problemLine}`);
    assert.doesNotMatch(problemLine, /INVALID_EMAIL/, 'the message is translated, not the code');

    step('fix the mapping of the unrecognised column');
    const mapping = wizard.getByTestId('import-mapping');
    const fraLand = mapping.getByLabel('Felt for kolonnen «Fra land»');
    assert.equal(await fraLand.inputValue(), '', '"Fra land" is not recognised');
    assert.equal(await mapping.getByLabel('Felt for kolonnen «E-post»').inputValue(), 'email', 'E-post is recognised');
    await fraLand.selectOption('countryOfBackground');
    await page.waitForFunction(`document.querySelector('[aria-label="Felt for kolonnen «Fra land»"]')?.value === 'countryOfBackground'`);
    await wizard.getByTestId('import-summary').getByText('4 rader: 3 gyldige, 1 med feil.').waitFor();
    await screenshot('20-import-preview');
    await axe('import wizard (preview)');

    step('import is blocked until "only valid rows" is chosen');
    const importButton = wizard.getByRole('button', { name: /^Importer \d+ rad/ });
    assert.equal(await importButton.isDisabled(), true, 'disabled while a row is invalid');
    await wizard.getByLabel('Importer bare de gyldige radene (3 rader)').check();
    await wizard.getByRole('button', { name: 'Importer 3 rader' }).click();
    await wizard.getByTestId('import-result').getByText('Ferdig: 3 importert, 1 hoppet over.').waitFor();
    await screenshot('21-import-done');

    step('the rows are in the grid, with their country mapped');
    await wizard.getByRole('button', { name: 'Lukk og vis listen' }).click();
    const grid = page.getByTestId('participants-grid');
    for (const name of ['Bjørn Ås', 'Åse Kværnø', 'Mariam Haddad']) await grid.getByRole('gridcell', { name }).waitFor();
    assert.equal(await grid.getByText('Øystein Lærum').count(), 0, 'the invalid row was skipped');
    const listed = await host.api.call('people.list', {});
    assert.ok(listed.ok);
    const rows = listed.value as { firstName: string; countryOfBackground: string | null; phone: string | null }[];
    assert.equal(rows.length, 3);
    const bjorn = rows.find((row) => row.firstName === 'Bjørn');
    assert.equal(bjorn?.countryOfBackground, 'SY', 'the remapped column was imported');
    await screenshot('22-grid-after-import');
  },
};
