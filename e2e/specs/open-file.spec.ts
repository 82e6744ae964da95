import { GOOD_PASSPHRASE, createProgrammeThroughApi, heading1, hostPost } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

/** Open an existing file from the start screen and from the unlock screen ("open another file"). */
export const openFile: Spec = {
  name: 'open an existing file',
  async run({ page, host, step }) {
    await createProgrammeThroughApi(host, 'Kari Nordmann', 'Første.koble');
    await createProgrammeThroughApi(host, 'Kari Nordmann', 'Andre.koble');
    await host.api.call('vault.lock', {});
    await page.goto(host.url);

    step('the recent file is offered for unlock');
    await heading1(page, 'Lås opp programmet');
    await page.getByTestId('unlock-file').getByText('Andre.koble').waitFor();

    step('open another file from the unlock screen');
    await hostPost(host, '/test/next-existing-file', { path: 'Første.koble' });
    await page.getByRole('button', { name: 'Åpne en annen fil …' }).click();
    await page.getByTestId('unlock-file').getByText('Første.koble').waitFor();

    step('from the start page');
    await page.getByRole('button', { name: 'Til startsiden' }).click();
    await heading1(page, 'Velkommen til Koble');
    await page.getByRole('button', { name: 'Åpne fil …' }).click();
    await heading1(page, 'Lås opp programmet');
    await page.getByTestId('unlock-file').getByText('Andre.koble').waitFor();
    await page.getByLabel('Passordfrase').fill(GOOD_PASSPHRASE);
    await page.getByLabel('Passordfrase').press('Enter');
    await heading1(page, 'Oversikt');
    await page.getByTestId('programme-name').getByText('Andre').waitFor();
  },
};
