import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { goTo, heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

/** The grant as lists name it: funder – scheme · period · case number. */
const E2E_GRANT_LABEL = 'Vestfold fylkeskommune – E2E-ordningen · 01.01.2026–31.12.2026 · 2026/4711';

/** Waits until a dashboard chart has drawn its bars (an SVG with at least one rectangle). */
async function chartDrawn(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).locator('svg.recharts-surface .recharts-rectangle').first().waitFor();
}

/**
 * Issue 6 from the UI on the demo programme: Oversikt's charts, a new grant with a deadline,
 * hours on the timesheet, an outcome for a participant, then the funder report built with
 * progress and saved where the (fake) save dialog says.
 */
export const funderReport: Spec = {
  name: 'funder report: grant, hours, outcome, report from the UI, dashboard charts',
  timeoutMs: 180_000,
  async run({ page, host, filesDir, screenshot, axe, step }) {
    step('open the demo programme and add a participant');
    const opened = await host.api.call('vault.openDemo', {});
    assert.ok(opened.ok, JSON.stringify(opened));
    const created = await host.api.call('people.create', { firstName: 'Resultat', lastName: 'Testesen' });
    assert.ok(created.ok, JSON.stringify(created));
    const participantId = (created.value as { id: string }).id;
    await page.goto(host.url);
    await heading1(page, 'Oversikt');

    step('Oversikt shows the dashboard charts with text alternatives');
    await page.getByTestId('dashboard').waitFor();
    await chartDrawn(page, 'chart-funnel');
    await chartDrawn(page, 'chart-stage-time');
    await chartDrawn(page, 'chart-outcomes');
    const funnelSummary = (await page.getByTestId('chart-funnel').locator('figcaption').innerText()).trim();
    assert.match(funnelSummary, /^\d+ deltakere: .*Registrert \d+/, funnelSummary);
    await page.getByTestId('chart-outcomes').getByText('Vis tallene som tabell').click();
    await page.getByTestId('chart-outcomes').getByRole('table').waitFor();
    await page.getByTestId('due-deadlines').waitFor();
    await screenshot('60-dashboard');
    await page.getByTestId('dashboard').screenshot({ path: join(import.meta.dirname, '..', '..', '.tmp', 'screens', '60a-dashboard-charts.png') });
    await axe('Oversikt dashboard');

    step('set the county as funder in Innstillinger');
    await goTo(page, 'Innstillinger');
    const funderSettings = page.getByRole('region', { name: 'Tilskudd og egenandel' });
    await funderSettings.getByLabel('Fylkeskommunen som tilskuddsgiver').fill('Vestfold fylkeskommune');
    await funderSettings.getByRole('button', { name: 'Lagre', exact: true }).click();
    await funderSettings.getByText('Lagret.').waitFor();
    await funderSettings.getByTestId('rates-summary').getByText(/‰ av brutto årslønn/).waitFor();
    await axe('Innstillinger: tilskudd og egenandel');

    step('create a county grant (its name from the setting) with a deadline');
    await goTo(page, 'Rapporter');
    await page.getByRole('button', { name: 'Nytt tilskudd' }).click();
    const form = page.getByTestId('grant-form');
    await form.getByLabel('Tilskuddsgiver', { exact: true }).selectOption('county');
    await form.getByText('Står feltet tomt, brukes «Vestfold fylkeskommune» fra Innstillinger.').waitFor();
    await form.getByLabel('Ordning').fill('E2E-ordningen');
    await form.getByLabel('Saksnummer').fill('2026/4711');
    await form.getByLabel('Beløp (kr)').fill('450 000');
    await form.getByLabel('Periode fra').fill('01.01.2026');
    await form.getByLabel('Periode til').fill('31.12.2026');
    await form.getByRole('button', { name: 'Opprett tilskudd' }).click();
    const grants = page.getByTestId('grants-table');
    await grants.getByRole('row').filter({ hasText: 'E2E-ordningen' }).waitFor();
    assert.match(await grants.getByRole('row').filter({ hasText: 'E2E-ordningen' }).innerText(), /2026\/4711/);
    const deadlines = page.getByTestId('grant-deadlines');
    await deadlines.getByLabel('Frist', { exact: true }).fill('15.02.2027');
    await deadlines.getByLabel('Beskrivelse').fill('Sluttrapport');
    await deadlines.getByRole('button', { name: 'Legg til frist' }).click();
    await deadlines.getByRole('row').filter({ hasText: 'Sluttrapport' }).waitFor();
    await screenshot('61-grant');
    await axe('Rapporter: Tilskudd');

    step('add hours on the timesheet from the keyboard');
    await page.getByRole('tab', { name: 'Timer' }).click();
    const quick = page.getByTestId('hours-quick-add');
    await quick.waitFor();
    await quick.getByLabel('Tilskudd').selectOption({ label: E2E_GRANT_LABEL });
    await quick.getByLabel('Dato').fill('02.03.2026');
    await quick.getByLabel('Timer', { exact: true }).fill('7,5');
    await quick.getByLabel('Timer', { exact: true }).press('Enter');
    await quick.getByText(/7,5 timer for .+ er lagt til/).waitFor();
    await page.getByTestId('hours-grid').locator('[role=row][row-index]').filter({ hasText: '02.03.2026' }).first().waitFor();
    await page.getByTestId('hours-totals').waitFor();
    await page.getByTestId('rates-details').getByText('Timesatser og regel').click();
    await page.getByTestId('hourly-rates').getByRole('heading', { name: 'Timesats per person' }).waitFor();
    await screenshot('62-hours');
    await axe('Rapporter: Timer');

    step('record an outcome in the person panel');
    await page.goto(`${host.origin}/#/participants/${participantId}`);
    const panel = page.getByTestId('person-panel');
    await panel.getByTestId('person-name').getByText('Resultat Testesen').waitFor();
    await panel.getByTestId('person-outcomes').getByText('Resultat', { exact: true }).click();
    const outcomes = panel.getByTestId('outcomes');
    await outcomes.getByLabel('Tidspunkt').selectOption('exit');
    await outcomes.getByLabel('Resultat', { exact: true }).selectOption('fast_relevant');
    await outcomes.getByLabel('Arbeidsgiver eller sted').fill('Skagerak Energi');
    await outcomes.getByLabel('Dato').fill('04.05.2026');
    await outcomes.getByRole('button', { name: 'Lagre resultat' }).click();
    await outcomes.getByTestId('outcomes-table').getByRole('row').filter({ hasText: 'Skagerak Energi' }).waitFor();
    const listed = await host.api.call('outcomes.list', { participantId });
    assert.ok(listed.ok);
    assert.deepEqual(
      (listed.value as { timepoint: string; category: string; employer: string }[]).map((row) => [row.timepoint, row.category, row.employer]),
      [['exit', 'fast_relevant', 'Skagerak Energi']],
    );
    await screenshot('63-outcome');
    await axe('person panel: Resultat');

    step('record the self-assessment at start and at the end and see the change');
    await panel.getByTestId('person-progression').getByText('Progresjon', { exact: true }).click();
    const progression = panel.getByTestId('progression');
    const answer = async (scale: string, value: string) => {
      await progression.getByRole('group', { name: scale }).getByRole('radio', { name: value, exact: true }).check();
    };
    await progression.getByLabel('Tidspunkt').selectOption('start');
    await progression.getByLabel('Fylt ut').fill('10.01.2026');
    await answer('Norsk på jobb', '2');
    await answer('Tro på egne muligheter', '3');
    await progression.getByRole('button', { name: 'Lagre egenvurdering' }).click();
    await progression.getByTestId('progression-table').waitFor();
    await progression.getByLabel('Tidspunkt').selectOption('end');
    await progression.getByLabel('Fylt ut').fill('10.06.2026');
    await answer('Norsk på jobb', '4');
    await answer('Tro på egne muligheter', '3');
    await progression.getByLabel('Kommentar').fill('Tryggere i møter');
    await progression.getByRole('button', { name: 'Lagre egenvurdering' }).click();
    await progression.getByTestId('change-norwegianAtWork').getByText('+2').waitFor();
    assert.equal((await progression.getByTestId('change-beliefInChances').innerText()).trim(), '0');
    await axe('person panel: Progresjon');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    step('build the funder report from the UI and see it saved');
    await goTo(page, 'Rapporter');
    await page.getByRole('tab', { name: 'Rapport til tilskuddsgiver' }).click();
    await page.getByRole('combobox', { name: 'Tilskudd', exact: true }).selectOption({ label: E2E_GRANT_LABEL });
    assert.equal(await page.getByLabel('Fra', { exact: true }).inputValue(), '01.01.2026');
    assert.equal(await page.getByLabel('Til', { exact: true }).inputValue(), '31.12.2026');
    await page.getByTestId('funder-preview').waitFor();
    assert.equal(await page.getByLabel('Skjul tall under 3').isChecked(), true);
    await page.getByRole('button', { name: 'Lag rapport' }).click();
    const saved = page.getByTestId('report-saved');
    await saved.waitFor({ timeout: 60_000 });
    const text = (await saved.innerText()).trim();
    assert.match(text, /ikke kryptert/, text);
    const path = /Lagret: (.+\.xlsx)/.exec(text)?.[1];
    assert.ok(path, text);
    assert.ok(path.startsWith(join(filesDir, 'exports')), `in the exports folder: ${path}`);
    assert.ok(existsSync(path), `the report exists: ${path}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    assert.ok(workbook.getWorksheet('Nøkkeltall'), `sheets: ${workbook.worksheets.map((sheet) => sheet.name).join(', ')}`);

    step('"Åpne" hands over the saved workbook (a download in the test host, which has no "Vis i mappen")');
    assert.equal(await saved.getByRole('button', { name: 'Vis i mappen' }).count(), 0);
    const [download] = await Promise.all([page.waitForEvent('download'), saved.getByRole('button', { name: 'Åpne' }).click()]);
    assert.equal(download.suggestedFilename(), basename(path));
    const downloaded = await download.path();
    assert.ok(readFileSync(downloaded).equals(readFileSync(path)), 'the download is the saved workbook, byte for byte');
    const fromDownload = new ExcelJS.Workbook();
    await fromDownload.xlsx.readFile(downloaded);
    assert.ok(fromDownload.getWorksheet('Nøkkeltall'), 'the download opens as the report workbook');
    await screenshot('64-funder-report');
    await axe('Rapporter: rapport til tilskuddsgiver');

    step('a period outside the grant is warned about and needs a confirmation');
    assert.equal(await page.getByTestId('funder-outside-grant').count(), 0);
    await page.getByLabel('Fra', { exact: true }).fill('01.01.2027');
    await page.getByLabel('Til', { exact: true }).fill('31.03.2027');
    const warning = page.getByTestId('funder-outside-grant');
    await warning.getByText('Perioden 01.01.2027–31.03.2027 ligger utenfor tilskuddets periode 01.01.2026–31.12.2026.', { exact: false }).waitFor();
    const buildButton = page.getByRole('button', { name: 'Lag rapport' });
    assert.equal(await buildButton.isDisabled(), true);
    await warning.getByLabel('Lag rapporten for denne perioden likevel').check();
    assert.equal(await buildButton.isDisabled(), false);
    await screenshot('65-funder-outside-grant');
    await axe('Rapporter: periode utenfor tilskuddet');

    step('Personvern i rapporter: the smallest group is 5 or more, stable pseudonyms come with a warning');
    const privacy = page.getByRole('region', { name: 'Personvern i rapporter' });
    const minimumGroup = privacy.getByLabel('Minste gruppe i deltakerlisten');
    assert.equal(await minimumGroup.inputValue(), '5');
    await minimumGroup.fill('4');
    await privacy.getByRole('button', { name: 'Lagre' }).click();
    await privacy.getByText('Skriv et helt tall fra 5 til 100.').waitFor();
    const before = await host.api.call('settings.get', {});
    assert.ok(before.ok);
    assert.equal((before.value as { reportMinimumGroup: number }).reportMinimumGroup, 5);
    await minimumGroup.fill('7');
    assert.equal(await privacy.getByTestId('stable-pseudonyms-warning').count(), 0);
    await privacy.getByLabel('Samme id for en deltaker i alle rapporter til et tilskudd (stabile pseudonymer)').check();
    await privacy.getByTestId('stable-pseudonyms-warning').getByText('sammenlignes rad for rad', { exact: false }).waitFor();
    await privacy.getByRole('button', { name: 'Lagre' }).click();
    await privacy.getByRole('status').getByText('Lagret.').waitFor();
    const after = await host.api.call('settings.get', {});
    assert.ok(after.ok);
    assert.deepEqual(
      (({ reportMinimumGroup, reportStablePseudonyms }) => ({ reportMinimumGroup, reportStablePseudonyms }))(after.value as { reportMinimumGroup: number; reportStablePseudonyms: boolean }),
      { reportMinimumGroup: 7, reportStablePseudonyms: true },
    );
    await axe('Rapporter: personvern i rapporter');

    step('back on Oversikt the charts draw again');
    await goTo(page, 'Oversikt');
    await chartDrawn(page, 'chart-outcomes');
  },
};
