import assert from 'node:assert/strict';
import { GOOD_PASSPHRASE, OTHER_PASSPHRASE, createProgrammeThroughApi, heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

const COLLEAGUE_PASSPHRASE = 'regnjakke på trikken mellom byparken og torget';

/** Innstillinger: programme name, auto-lock, staff, own passphrase, a new recovery key. */
export const settings: Spec = {
  name: 'settings: staff, passphrases, recovery key, auto-lock',
  // Six memory-hard key derivations (create, add, set, wrong and right own passphrase, recovery key):
  // 42 s on a loaded two-core machine with or without the E-post section, too near the 60 s default.
  timeoutMs: 120_000,
  async run({ page, host, screenshot, step }) {
    const { recoveryKey: firstKey } = await createProgrammeThroughApi(host);
    await page.goto(`${host.url}`);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click();
    await heading1(page, 'Innstillinger');

    step('programme name and auto-lock minutes');
    await page.getByLabel('Navn på programmet eller kontoret').fill('KIA Skien mentorprogram');
    await page.getByLabel('Lås etter så mange minutter uten aktivitet').fill('0');
    await page.getByRole('region', { name: 'Programmet', exact: true }).getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Skriv et helt tall mellom 1 og 240.').waitFor();
    await page.getByLabel('Lås etter så mange minutter uten aktivitet').fill('5');
    await page.getByLabel('Lås etter så mange minutter uten aktivitet').press('Enter');
    await page.getByText('Lagret.').waitFor();
    await page.getByTestId('programme-name').getByText('KIA Skien mentorprogram').waitFor();
    const saved = await host.api.call('settings.get', {});
    assert.ok(saved.ok);
    const { autoLockMinutes, organisationName } = saved.value as { autoLockMinutes: number; organisationName: string };
    assert.deepEqual({ autoLockMinutes, organisationName }, { autoLockMinutes: 5, organisationName: 'KIA Skien mentorprogram' });

    step('add a staff member');
    const staff = page.getByRole('region', { name: 'Medarbeidere med tilgang' });
    const table = staff.getByTestId('staff-table');
    await table.getByText('Kari Nordmann').waitFor();
    await staff.getByLabel('Navn på medarbeideren').fill('Ola Hansen');
    await staff.getByLabel('Passordfrase for medarbeideren').fill(COLLEAGUE_PASSPHRASE);
    await staff.getByLabel('Gjenta den nye passordfrasen').fill(COLLEAGUE_PASSPHRASE);
    await staff.getByText(/Styrke: (Sterk|Svært sterk)/).waitFor();
    await staff.getByRole('button', { name: 'Legg til medarbeider' }).click();
    await staff.getByText('Ola Hansen er lagt til.').waitFor();
    await table.getByText('Ola Hansen').waitFor();

    step("set the colleague's passphrase");
    const olaRow = table.getByRole('row').filter({ hasText: 'Ola Hansen' });
    await olaRow.getByRole('button', { name: 'Sett passordfrase' }).click();
    await page.getByRole('heading', { name: 'Ny passordfrase for Ola Hansen' }).waitFor();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Ny passordfrase for Ola Hansen' }) });
    await form.getByLabel('Ny passordfrase', { exact: true }).fill(OTHER_PASSPHRASE);
    await form.getByLabel('Gjenta den nye passordfrasen').fill(OTHER_PASSPHRASE);
    await form.getByText(/Styrke: (Sterk|Svært sterk)/).waitFor();
    await form.getByRole('button', { name: 'Sett passordfrase' }).click();
    await page.getByText('Passordfrasen til Ola Hansen er endret.').waitFor();

    step('remove the colleague (with a confirm)');
    await olaRow.getByRole('button', { name: 'Fjern tilgang for Ola Hansen' }).click();
    await page.getByText('Vil du fjerne tilgangen til Ola Hansen?').waitFor();
    await page.getByRole('button', { name: 'Ja, fjern tilgangen' }).click();
    await page.getByText('Tilgangen til Ola Hansen er fjernet.').waitFor();
    // The message can show before the staff list has reloaded: wait for the row to go.
    await table.getByText('Ola Hansen').waitFor({ state: 'detached' });
    assert.equal(await table.getByText('Ola Hansen').count(), 0);

    step('change my own passphrase');
    const own = page.getByRole('region', { name: 'Bytt din passordfrase' });
    await own.getByLabel('Nåværende passordfrase').fill('feil feil feil feil');
    await own.getByLabel('Ny passordfrase', { exact: true }).fill(OTHER_PASSPHRASE);
    await own.getByLabel('Gjenta den nye passordfrasen').fill(OTHER_PASSPHRASE);
    await own.getByText(/Styrke: (Sterk|Svært sterk)/).waitFor();
    await own.getByRole('button', { name: 'Bytt passordfrase' }).click();
    await own.getByText('Feil passordfrase. Prøv igjen.').waitFor();
    await own.getByLabel('Nåværende passordfrase').fill(GOOD_PASSPHRASE);
    await own.getByRole('button', { name: 'Bytt passordfrase' }).click();
    await own.getByText('Passordfrasen din er byttet.').waitFor();

    step('a new recovery key, shown once');
    const recovery = page.getByRole('region', { name: 'Ny gjenopprettingsnøkkel' });
    await recovery.getByRole('button', { name: 'Lag ny gjenopprettingsnøkkel' }).click();
    await recovery.getByRole('button', { name: 'Ja, lag en ny nøkkel' }).click();
    const key = (await recovery.getByTestId('recovery-key').innerText()).trim();
    assert.match(key, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    assert.notEqual(key, firstKey);
    await screenshot('12-settings-new-key');
    await recovery.getByLabel('Jeg har tatt vare på gjenopprettingsnøkkelen').check();
    await recovery.getByRole('button', { name: 'Ferdig' }).click();
    assert.equal(await page.getByTestId('recovery-key').count(), 0);

    step('lock now from settings, unlock with the new passphrase');
    await page.getByRole('button', { name: 'Lås programmet nå' }).click();
    await heading1(page, 'Lås opp programmet');
    await page.getByLabel('Passordfrase').fill(OTHER_PASSPHRASE);
    await page.getByLabel('Passordfrase').press('Enter');
    // Back where the user was.
    await heading1(page, 'Innstillinger');
  },
};
