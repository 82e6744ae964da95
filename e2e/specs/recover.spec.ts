import { GOOD_PASSPHRASE, OTHER_PASSPHRASE, alertText, createProgrammeThroughApi, heading1 } from '../lib/app.ts';
import assert from 'node:assert/strict';
import type { Spec } from '../lib/spec.ts';

/** Forgot the passphrase: recover with the recovery key and a new passphrase; then the old one fails. */
export const recover: Spec = {
  name: 'recover with the recovery key',
  async run({ page, host, screenshot, axe, step }) {
    const { recoveryKey } = await createProgrammeThroughApi(host);
    await host.api.call('vault.lock', {});
    await page.goto(host.url);
    await heading1(page, 'Lås opp programmet');

    step('to the recovery form');
    await page.getByRole('button', { name: 'Glemt passordfrasen? Bruk gjenopprettingsnøkkelen' }).click();
    await heading1(page, 'Gjenopprett tilgangen');

    step('a wrong recovery key is refused in Norwegian');
    await page.getByLabel('Gjenopprettingsnøkkel').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByLabel('Ny passordfrase').fill(OTHER_PASSPHRASE);
    await page.getByLabel('Gjenta den nye passordfrasen').fill(OTHER_PASSPHRASE);
    await page.getByText(/Styrke: (Sterk|Svært sterk)/).waitFor();
    await page.getByRole('button', { name: 'Gjenopprett og lås opp' }).click();
    assert.match(await alertText(page), /^Feil gjenopprettingsnøkkel/);
    await screenshot('11-recover');
    await axe('recover');

    step('the right key (typed in lower case) opens it with the new passphrase');
    await page.getByLabel('Gjenopprettingsnøkkel').fill(recoveryKey.toLowerCase());
    await page.getByRole('button', { name: 'Gjenopprett og lås opp' }).click();
    await heading1(page, 'Oversikt');

    step('the old passphrase no longer works, the new one does');
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await page.getByLabel('Passordfrase').fill(GOOD_PASSPHRASE);
    await page.getByLabel('Passordfrase').press('Enter');
    assert.match(await alertText(page), /^Feil passordfrase/);
    await page.getByLabel('Passordfrase').fill(OTHER_PASSPHRASE);
    await page.getByLabel('Passordfrase').press('Enter');
    await heading1(page, 'Oversikt');
  },
};
