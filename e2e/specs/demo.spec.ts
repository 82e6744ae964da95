import assert from 'node:assert/strict';
import { heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

/** The demo programme from the start screen: its passphrase on screen, Oversikt with figures. */
export const demo: Spec = {
  name: 'open the demo programme',
  timeoutMs: 120_000,
  async run({ page, host, screenshot, axe, step }) {
    await page.goto(host.url);
    await heading1(page, 'Velkommen til Koble');

    step('open the demo');
    await page.getByRole('button', { name: 'Åpne demoprogrammet' }).click();
    await heading1(page, 'Oversikt');
    const notice = page.getByTestId('demo-passphrase');
    await notice.waitFor();
    const match = /^Demo-passordfrasen er: (.+)$/.exec((await notice.innerText()).trim());
    assert.ok(match, 'the notice shows the passphrase');
    const passphrase = match[1]!;

    step('Oversikt shows figures');
    const figures = page.getByTestId('overview-figures').first();
    await figures.waitFor();
    const first = (await figures.locator('.figure__value').first().innerText()).replace(/\s/g, '');
    assert.ok(Number(first) > 0, `participants figure is positive: ${first}`);
    // Scoped to the figure cards: the dashboard below repeats stage names in its charts and tables.
    await page.getByRole('heading', { name: 'Deltakere per stadium', exact: true }).waitFor();
    await page.getByTestId('overview-figures').getByText('Klar for kobling').waitFor();
    await page.getByTestId('staff-name').getByText('Innlogget som Demo Koordinator').waitFor();
    await screenshot('10-demo-overview');
    await axe('app (demo overview)');

    step('lock and unlock the demo with the passphrase shown');
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await heading1(page, 'Lås opp programmet');
    await page.getByTestId('unlock-file').getByText('Demoprogram.koble').waitFor();
    await page.getByLabel('Passordfrase').fill(passphrase);
    await page.getByLabel('Passordfrase').press('Enter');
    await heading1(page, 'Oversikt');
    await page.getByTestId('overview-figures').first().waitFor();
  },
};
