import assert from 'node:assert/strict';
import { GOOD_PASSPHRASE, createProgrammeThroughApi, heading1, hostPost } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

const REMEMBER = 'Husk programmet på denne datamaskinen';
const UNLOCK_HERE = 'Lås opp på denne datamaskinen';

/** "Remember on this computer" (the host's in-memory keychain): off by default, on, unlock without the passphrase, off again. */
export const remember: Spec = {
  name: 'remember the programme on this computer',
  async run({ page, host, screenshot, axe, step }) {
    await createProgrammeThroughApi(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click();
    await heading1(page, 'Innstillinger');

    step('off by default, with what it means');
    const section = page.getByRole('region', { name: 'Denne datamaskinen' });
    const toggle = section.getByRole('switch', { name: REMEMBER });
    await toggle.waitFor();
    assert.equal(await toggle.isChecked(), false, 'off by default');
    await section.getByText('Da kan alle som kan logge på denne brukerkontoen på datamaskinen, åpne programmet uten passordfrase.').waitFor();

    step('turn it on');
    await toggle.click();
    await section.getByText('Denne datamaskinen husker nå programmet.').waitFor();
    assert.equal(await toggle.isChecked(), true);
    const status = await host.api.call('vault.rememberStatus', {});
    assert.deepEqual(status.ok && status.value, { available: true, remembered: true });
    await screenshot('13-settings-remember');
    await axe('settings (remember on)');

    step('lock: the unlock screen offers this computer, with focus on it');
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await heading1(page, 'Lås opp programmet');
    const unlockHere = page.getByRole('button', { name: UNLOCK_HERE });
    await unlockHere.waitFor();
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.textContent'), UNLOCK_HERE, 'the button has focus');
    await page.getByLabel('Passordfrase').waitFor();
    await screenshot('14-unlock-remembered');
    await axe('unlock (remembered)');

    step('unlock on this computer, without the passphrase');
    await unlockHere.click();
    // Back where the user was.
    await heading1(page, 'Innstillinger');
    await page.getByTestId('staff-name').getByText('Låst opp med denne datamaskinen').waitFor();

    step('no staff member is signed in: own passphrase needs a passphrase unlock');
    const own = page.getByRole('region', { name: 'Bytt din passordfrase' });
    await own.getByText('Du låste opp programmet med denne datamaskinen, uten passordfrase').waitFor();
    assert.equal(await own.getByLabel('Nåværende passordfrase').count(), 0, 'no form to change it');
    assert.equal(await section.getByRole('switch', { name: REMEMBER }).isChecked(), true);
    await screenshot('15-settings-unlocked-here');
    await axe('settings (unlocked on this computer)');

    step('a reload keeps saying so');
    await page.reload();
    await heading1(page, 'Innstillinger');
    await page.getByTestId('staff-name').getByText('Låst opp med denne datamaskinen').waitFor();

    step('main locks by itself: the locked screen still offers this computer');
    await hostPost(host, '/test/lock');
    await heading1(page, 'Lås opp programmet');
    await page.getByText('Programmet ble låst. Lås opp for å fortsette.').waitFor();
    await page.getByRole('button', { name: UNLOCK_HERE }).click();
    await heading1(page, 'Innstillinger');

    step('turn it off');
    await section.getByRole('switch', { name: REMEMBER }).click();
    await section.getByText('Denne datamaskinen husker ikke lenger programmet.').waitFor();
    assert.equal(await section.getByRole('switch', { name: REMEMBER }).isChecked(), false);
    const after = await host.api.call('vault.rememberStatus', {});
    assert.deepEqual(after.ok && after.value, { available: true, remembered: false });

    step('lock: only the passphrase now');
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await heading1(page, 'Lås opp programmet');
    await page.getByLabel('Passordfrase').waitFor();
    assert.equal(await page.getByRole('button', { name: UNLOCK_HERE }).count(), 0, 'no unlock-on-this-computer button');
    await page.getByLabel('Passordfrase').fill(GOOD_PASSPHRASE);
    await page.getByLabel('Passordfrase').press('Enter');
    await heading1(page, 'Innstillinger');
    await page.getByTestId('staff-name').getByText('Innlogget som Kari Nordmann').waitFor();
    await page.getByRole('region', { name: 'Bytt din passordfrase' }).getByLabel('Nåværende passordfrase').waitFor();
  },
};

/** A computer without a keychain Koble can use: the setting shows why it is not there. */
export const rememberWithoutKeychain: Spec = {
  name: 'remember: a computer without a keychain',
  host: { keychain: null },
  async run({ page, host, screenshot, axe, step }) {
    await createProgrammeThroughApi(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click();
    await heading1(page, 'Innstillinger');

    step('the reason instead of the switch');
    const section = page.getByRole('region', { name: 'Denne datamaskinen' });
    await section.getByText('Denne datamaskinen har ingen nøkkelring som Koble kan bruke').waitFor();
    assert.equal(await section.getByRole('switch').count(), 0, 'no switch');
    await screenshot('16-settings-no-keychain');
    await axe('settings (no keychain)');
  },
};
