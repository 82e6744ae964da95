import assert from 'node:assert/strict';
import { GOOD_PASSPHRASE, alertText, createProgrammeThroughApi, heading1, hostPost } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

/** Lås, wrong passphrase (Norwegian error), unlock; auto-lock from main shows the locked screen. */
export const lockUnlock: Spec = {
  name: 'lock, wrong passphrase, unlock, auto-lock',
  async run({ page, host, screenshot, axe, step }) {
    await createProgrammeThroughApi(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');

    step('Lås');
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await heading1(page, 'Lås opp programmet');
    await page.getByText('Programmet er låst.').waitFor();
    await page.getByTestId('unlock-file').getByText('Testprogram.koble').waitFor();
    const status = await host.api.call('vault.status', {});
    assert.ok(status.ok && (status.value as { state: string }).state === 'locked', 'main is locked');
    await screenshot('05-unlock');
    await axe('unlock');

    step('the passphrase field has focus; Enter with nothing asks for it');
    await page.keyboard.press('Enter');
    await page.getByText('Skriv inn passordfrasen.').waitFor();

    step('wrong passphrase');
    await page.getByLabel('Passordfrase').fill('dette er ikke passordfrasen');
    await page.getByLabel('Passordfrase').press('Enter');
    assert.match(await alertText(page), /^Feil passordfrase\. Prøv igjen\.$/);
    assert.equal(await page.getByLabel('Passordfrase').inputValue(), '', 'the wrong passphrase is cleared');
    await screenshot('06-unlock-wrong');
    await axe('unlock (wrong passphrase)');

    step('right passphrase');
    await page.getByLabel('Passordfrase').fill(GOOD_PASSPHRASE);
    await page.getByRole('button', { name: 'Lås opp' }).click();
    await heading1(page, 'Oversikt');
    await page.getByTestId('staff-name').getByText('Innlogget som Kari Nordmann').waitFor();

    step('main locks by itself (auto-lock): the locked screen says so');
    await hostPost(host, '/test/lock');
    await heading1(page, 'Lås opp programmet');
    await page.getByText('Programmet ble låst. Skriv inn passordfrasen for å fortsette.').waitFor();
    await screenshot('07-locked');

    step('and unlocks again');
    await page.getByLabel('Passordfrase').fill(GOOD_PASSPHRASE);
    await page.getByLabel('Passordfrase').press('Enter');
    await heading1(page, 'Oversikt');
  },
};
