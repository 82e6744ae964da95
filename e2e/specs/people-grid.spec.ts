import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { goTo, heading1 } from '../lib/app.ts';
import { createPerson, stageOf } from '../lib/people.ts';
import type { Spec } from '../lib/spec.ts';

/** A grid row (AG Grid 36 keeps pinned and scrolling cells in one role=row element). */
function rowOf(grid: Locator, name: string): Locator {
  return grid.locator('[role=row][row-index]').filter({ hasText: name });
}

function cellOf(grid: Locator, name: string, colId: string): Locator {
  return rowOf(grid, name).locator(`[role=gridcell][col-id="${colId}"]`);
}

/** Clicks "Eksporter visning (.xlsx)", checks the notice (where, not encrypted) and reads the file back. */
async function exportView(page: Page, filesDir: string): Promise<ExcelJS.Worksheet> {
  await page.getByRole('button', { name: 'Eksporter visning (.xlsx)' }).click();
  const notice = (await page.getByTestId('export-view-done').innerText()).trim();
  assert.match(notice, /ikke kryptert/, notice);
  const path = /lagret i (.+\.xlsx)\./.exec(notice)?.[1];
  assert.ok(path, notice);
  assert.ok(path.startsWith(join(filesDir, 'exports')), `in the exports folder: ${path}`);
  assert.ok(existsSync(path), `the export exists: ${path}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets[0]!;
}

async function quickFilter(page: Page, text: string): Promise<void> {
  await page.getByLabel('Søk i listen').fill(text);
}

/** Deltakere: grid, as-of, views, bulk move (refused, then done), inline edit, copy, search, detail panel, innsyn, erasure; Mentorer. */
export const peopleGrid: Spec = {
  name: 'people: pipeline grid, bulk move, search, detail panel, innsyn and erasure',
  timeoutMs: 150_000,
  async run({ page, host, filesDir, screenshot, axe, step }) {
    step('open the demo programme and add the test people');
    const opened = await host.api.call('vault.openDemo', {});
    assert.ok(opened.ok, JSON.stringify(opened));
    const bjorn = await createPerson(host, 'Bjørn', 'Testesen');
    const one = await createPerson(host, 'Flytt', 'Enaasen');
    const two = await createPerson(host, 'Flytt', 'Toaasen');
    const erase = await createPerson(host, 'Slett', 'Megsen');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await goTo(page, 'Deltakere');
    const grid = page.getByTestId('participants-grid');
    await grid.locator('[role=row][row-index="0"]').first().waitFor();
    await page.getByTestId('row-count').getByText(/^Viser 304 av 304/).waitFor();
    // Field names (reference.lists), not codes, once the lists have arrived.
    await grid.locator('[role=gridcell][col-id=field]').filter({ hasText: /^Ingeniørfag, teknologi og IT$/ }).first().waitFor();
    await screenshot('30-participants-grid');
    await axe('participants grid');

    step('as of a past date the grid is read-only');
    await page.getByLabel('Vis per dato').fill('15.01.2025');
    await page.getByTestId('as-of-notice').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Flytt til stadium …' }).isDisabled(), true);
    await page.getByLabel('Vis per dato').fill('');
    await page.getByTestId('as-of-notice').waitFor({ state: 'detached' });
    await page.getByTestId('row-count').getByText(/^Viser 304 av 304/).waitFor();

    step('column chooser shows a hidden column');
    // Columns outside the viewport are virtualised (not in the DOM); the chooser and the saved state tell.
    const chooser = page.getByTestId('column-chooser');
    const emailShown = chooser.getByLabel('E-post');
    await page.getByRole('button', { name: 'Kolonner' }).click();
    assert.equal(await emailShown.isChecked(), false);
    // Country of background is a special category: marked where the column is chosen.
    await chooser.getByText('Sensitiv: Landbakgrunn kan vise etnisitet — særlig kategori. Bruk bare når det trengs.').waitFor();
    await emailShown.check();
    await page.keyboard.press('Escape');

    step('save a view with a sort');
    await grid.getByRole('columnheader', { name: 'Dager i stadiet' }).locator('.ag-header-cell-label').click();
    await page.getByRole('button', { name: 'Lagre visning …' }).click();
    await page.getByLabel('Navn på visningen').fill('Lengst i stadiet');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByLabel('Lagret visning').locator('option', { hasText: 'Lengst i stadiet' }).waitFor({ state: 'attached' });
    const views = await host.api.call('views.list', { grid: 'participants' });
    assert.ok(views.ok);
    const saved = (views.value as { name: string; state: { columnState: { colId: string; sort?: string | null; hide?: boolean }[] } }[])[0];
    assert.equal(saved?.name, 'Lengst i stadiet');
    assert.equal(saved.state.columnState.find((column) => column.colId === 'daysInStage')?.sort, 'asc');
    assert.equal(saved.state.columnState.find((column) => column.colId === 'email')?.hide, false);
    await page.getByLabel('Lagret visning').selectOption({ label: 'Standard' });
    assert.equal(await emailShown.isChecked(), false, 'Standard hides E-post again');
    assert.equal(await grid.getByRole('columnheader', { name: 'Dager i stadiet' }).getAttribute('aria-sort'), 'none');
    await page.getByLabel('Lagret visning').selectOption({ label: 'Lengst i stadiet' });
    assert.equal(await emailShown.isChecked(), true, 'the view shows E-post');
    assert.equal(await grid.getByRole('columnheader', { name: 'Dager i stadiet' }).getAttribute('aria-sort'), 'ascending');
    await page.getByLabel('Lagret visning').selectOption({ label: 'Standard' });

    step('bulk move: a refused step is shown per person, nothing moves');
    await quickFilter(page, 'Flytt');
    await page.getByTestId('row-count').getByText(/^Viser 2 av 304/).waitFor();

    step('export the filtered view to .xlsx: the rows and columns shown, formatted');
    const sheet = await exportView(page, filesDir);
    assert.equal(sheet.rowCount, 1 + 2, 'a header row and the two filtered rows');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header.slice(0, 3), ['Navn', 'Stadium', 'Dager i stadiet']);
    assert.ok(!header.includes('E-post'), 'hidden columns are not exported');
    assert.deepEqual([sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value], ['Flytt Enaasen', 'Flytt Toaasen']);
    assert.equal(sheet.getRow(2).getCell(2).value, 'Registrert', 'stages translated');
    assert.equal(sheet.getRow(2).getCell(3).value, 0, 'days as a number');
    await axe('participants grid after an export');
    await rowOf(grid, 'Flytt Enaasen').getByRole('checkbox').check();
    await rowOf(grid, 'Flytt Toaasen').getByRole('checkbox').check();
    await page.getByTestId('selection-count').getByText('2 valgt').waitFor();

    step('copy the selected rows (Ctrl+C, tab-separated)');
    await cellOf(grid, 'Flytt Enaasen', 'stage').click();
    await page.keyboard.press('Control+c');
    await page.getByText('Kopierte 2 rader til utklippstavlen.').waitFor();
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    const lines = copied.split('\r\n');
    assert.equal(lines.length, 3, copied);
    assert.match(lines[0]!, /^Navn\tStadium\tDager i stadiet\t/);
    assert.match(lines[1]!, /^Flytt (Enaasen|Toaasen)\tRegistrert\t0\t/);

    await page.getByRole('button', { name: 'Flytt til stadium …' }).click();
    const dialog = page.getByTestId('bulk-move');
    await dialog.getByRole('heading', { name: 'Flytt 2 deltakere til et nytt stadium' }).waitFor();
    await dialog.getByRole('button', { name: 'Flytt', exact: true }).click();
    await dialog.getByText('Velg stadiet de skal flyttes til.').waitFor();
    await dialog.getByText('Skriv en begrunnelse. Den lagres i historikken til hver person.').waitFor();
    await dialog.getByLabel('Nytt stadium').selectOption({ label: 'Aktiv' });
    await dialog.getByLabel('Begrunnelse').fill('Intervju og kartlegging gjennomført');
    await dialog.getByRole('button', { name: 'Flytt', exact: true }).click();
    const refused = dialog.getByTestId('move-refused');
    await refused.getByText('2 personer kan ikke flyttes dit').waitFor();
    await refused.getByText(/^Flytt Enaasen: fra «Registrert» til «Aktiv»/).waitFor();
    await refused.getByText(/^Flytt Toaasen: fra «Registrert» til «Aktiv»/).waitFor();
    await screenshot('31-bulk-move-refused');
    await axe('bulk move dialog (refused)');
    assert.equal(await stageOf(host, one), 'registered');

    step('bulk move to the next stage with a reason');
    await dialog.getByLabel('Nytt stadium').selectOption({ label: 'Kartlagt' });
    await dialog.getByRole('button', { name: 'Flytt', exact: true }).click();
    await page.getByText('2 deltakere er flyttet til «Kartlagt».').waitFor();
    assert.equal(await stageOf(host, one), 'assessed');
    assert.equal(await stageOf(host, two), 'assessed');
    await cellOf(grid, 'Flytt Enaasen', 'stage').getByText('Kartlagt').waitFor();

    step('inline edit of the next step, validated by people.update');
    await quickFilter(page, 'Testesen');
    await page.getByTestId('row-count').getByText(/^Viser 1 av 304/).waitFor();
    // By keyboard: from the stage cell, arrow right to "Neste steg", Enter starts editing.
    await cellOf(grid, 'Bjørn Testesen', 'stage').click();
    for (let i = 0; i < 8; i++) {
      const focused = await page.evaluate('document.activeElement && document.activeElement.getAttribute("col-id")');
      if (focused === 'nextAction') break;
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.getAttribute("col-id")'), 'nextAction');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ring om praksisplass');
    await page.keyboard.press('Enter');
    await page.getByText('Lagret for Bjørn Testesen.').waitFor();
    const afterEdit = await host.api.call('people.get', { id: bjorn });
    assert.ok(afterEdit.ok);
    assert.equal((afterEdit.value as { nextAction: string | null }).nextAction, 'Ring om praksisplass');
    await quickFilter(page, '');

    step('find "Bjørn" by typing "bjorn" in the header search, open with the keyboard');
    const search = page.getByRole('combobox', { name: 'Søk etter personer' });
    await search.fill('bjorn');
    const results = page.getByTestId('search-results');
    await results.getByRole('option', { name: /Bjørn/ }).first().waitFor();
    const names = await results.locator('.global-search__name').allInnerTexts();
    assert.ok(names.length > 0 && names.every((name) => /bj[øo]rn/i.test(name)), `every hit is a Bjørn: ${names.join(', ')}`);
    await search.pressSequentially(' testesen');
    await results.getByRole('option', { name: /Bjørn Testesen/ }).waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    const panel = page.getByTestId('person-panel');
    await panel.getByRole('heading', { level: 2, name: 'Bjørn Testesen' }).waitFor();
    assert.match(page.url(), new RegExp(`#/participants/${bjorn}$`));
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', '.tmp', 'screens', '32a-person-panel-top.png') });

    step('the detail form validates through people.update');
    const form = panel.getByTestId('person-form');
    await form.getByText('Landbakgrunn kan vise etnisitet — særlig kategori. Bruk bare når det trengs.').waitFor();
    await form.getByText('Sensitiv', { exact: true }).waitFor();
    await form.getByLabel('E-post').fill('bjorn@');
    await form.getByRole('button', { name: 'Lagre endringene' }).click();
    await form.getByText('Verdien er ikke gyldig.').waitFor();
    await form.getByLabel('E-post').fill('bjorn.testesen@example.no');
    await form.getByRole('button', { name: 'Lagre endringene' }).click();
    await form.getByText('Lagret.').waitFor();
    await screenshot('32-person-panel');
    await axe('person panel');

    step('follow-up log');
    await panel.getByRole('tab', { name: 'Oppfølging' }).click();
    await panel.getByLabel('Minutter').fill('20');
    await panel.getByLabel('Notat').fill('Snakket om CV og praksis');
    await panel.getByRole('button', { name: 'Legg til', exact: true }).click();
    await panel.getByTestId('follow-ups').getByText('Snakket om CV og praksis').waitFor();

    step('stage history and audit trail');
    await panel.getByRole('tab', { name: 'Endringslogg' }).click();
    await panel.getByTestId('audit').getByText('E-post').waitFor();
    await panel.getByRole('tab', { name: 'Samtykker' }).click();
    await panel.getByRole('button', { name: 'Registrer', exact: true }).click();
    await panel.getByTestId('consents').getByText('Lagring i programmet').waitFor();
    await panel.getByRole('button', { name: 'Trekk tilbake samtykket til Lagring i programmet' }).click();
    await panel.getByTestId('consents').getByText(/^Trukket /).waitFor();

    step('innsyn: export the person as Excel');
    await panel.getByRole('button', { name: 'Eksporter innsyn (Excel)' }).click();
    const done = (await panel.getByTestId('export-done').innerText()).trim();
    const path = /lagret i (.+\.xlsx)\./.exec(done)?.[1];
    assert.ok(path, done);
    assert.ok(path.startsWith(join(filesDir, 'exports')), `in the exports folder: ${path}`);
    assert.ok(existsSync(path), `the export exists: ${path}`);
    await panel.getByRole('button', { name: 'Eksporter innsyn (JSON)' }).click();
    await panel.getByTestId('export-done').getByText(/\.json\./).waitFor();

    step('erase a person: type the name, see the anonymous stub');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.goto(`${host.origin}/#/participants/${erase}`);
    const erasePanel = page.getByTestId('person-panel');
    await erasePanel.getByRole('heading', { level: 2, name: 'Slett Megsen' }).waitFor();
    await erasePanel.getByRole('button', { name: 'Slett person …' }).click();
    const eraseForm = erasePanel.getByTestId('erase-form');
    const confirm = eraseForm.getByRole('button', { name: 'Slett for godt' });
    assert.equal(await confirm.isDisabled(), true);
    await eraseForm.getByLabel('Skriv «Slett Megsen» for å bekrefte').fill('Slett Megsen');
    await confirm.click();
    const stub = erasePanel.getByTestId('erased-stub');
    await stub.getByText('Personen er slettet').waitFor();
    await erasePanel.getByRole('heading', { level: 2, name: 'Anonymisert person' }).waitFor();
    await screenshot('33-erased-stub');
    await axe('erased stub');
    const gone = await host.api.call('people.get', { id: erase });
    assert.ok(gone.ok);
    assert.equal((gone.value as { firstName: string }).firstName, '', 'no name left');
    await page.keyboard.press('Escape');
    await grid.locator('[role=row][row-index="0"]').first().waitFor();
    await page.getByTestId('row-count').getByText(/^Viser 303 av 303/).waitFor();

    step('Mentorer: capacity, active matches, availability');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mentorer' }).click();
    await heading1(page, 'Mentorer');
    const mentors = page.getByTestId('mentors-grid');
    await mentors.locator('[role=row][row-index="0"]').first().waitFor();
    for (const name of ['Kapasitet', 'Aktive koblinger', 'Tilgjengelighet']) await mentors.getByRole('columnheader', { name }).waitFor();
    const mentorSheet = await exportView(page, filesDir);
    const mentorRows = await host.api.call('mentors.list', {});
    assert.ok(mentorRows.ok);
    assert.equal(mentorSheet.rowCount, 1 + (mentorRows.value as unknown[]).length);
    assert.equal(mentorSheet.getRow(1).getCell(2).value, 'Kapasitet');
    assert.equal(typeof mentorSheet.getRow(2).getCell(2).value, 'number', 'capacity as a number');
    await screenshot('34-mentors-grid');
    await axe('mentors grid');
  },
};
