import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { GOOD_PASSPHRASE, alertText, heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

/** First start → create a programme → the recovery key once → the app. */
export const createProgramme: Spec = {
  name: 'create a programme and see the recovery key',
  async run({ page, host, filesDir, screenshot, axe, step }) {
    step('start screen');
    await page.goto(host.url);
    await heading1(page, 'Velkommen til Koble');
    await page.getByRole('button', { name: 'Opprett nytt program' }).waitFor();
    await page.getByRole('button', { name: 'Åpne fil …' }).waitFor();
    await page.getByRole('button', { name: 'Åpne demoprogrammet' }).waitFor();
    await screenshot('01-start');
    await axe('start');

    step('create form: validation');
    await page.getByRole('button', { name: 'Opprett nytt program' }).click();
    await heading1(page, 'Opprett et nytt program');
    await page.getByRole('button', { name: 'Opprett programmet' }).click();
    await page.getByText('Velg hvor programfilen skal lagres.').waitFor();
    await page.getByText('Skriv inn navnet ditt.').waitFor();

    step('choose file location');
    await page.getByRole('button', { name: 'Velg plassering …' }).click();
    await page.getByText('Programfil: Mentorprogram.koble').waitFor();

    step('weak passphrase gets Norwegian feedback');
    await page.getByLabel('Navnet ditt').fill('Kari Nordmann');
    await page.getByLabel('Velg en passordfrase').fill('sommer2024');
    await page.getByText('Passordfrasen må ha minst 12 tegn (nå 10).').first().waitFor();
    await page.getByLabel('Velg en passordfrase').fill('passordpassord');
    await page.getByText(/Styrke: (Svært svak|Svak|Middels)/).waitFor();
    await page.getByText(/Gjentatte|vanlig|Legg til flere ord|Ett enkelt ord/).first().waitFor();

    step('strong passphrase, repeated wrong then right');
    await page.getByLabel('Velg en passordfrase').fill(GOOD_PASSPHRASE);
    await page.getByText(/Styrke: (Sterk|Svært sterk)/).waitFor();
    await page.getByLabel('Gjenta passordfrasen').fill(`${GOOD_PASSPHRASE}x`);
    await page.getByRole('button', { name: 'Opprett programmet' }).click();
    await page.getByText('Passordfrasene er ikke like.').waitFor();
    await screenshot('02-create');
    await axe('create');
    await page.getByLabel('Gjenta passordfrasen').fill(GOOD_PASSPHRASE);
    await page.getByLabel('Gjenta passordfrasen').press('Enter');

    step('recovery key shown once');
    await heading1(page, 'Gjenopprettingsnøkkelen din');
    const key = (await page.getByTestId('recovery-key').innerText()).trim();
    assert.match(key, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/, `recovery key format: ${key}`);
    await page.getByRole('button', { name: 'Kopier' }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    await screenshot('03-recovery-key');
    await axe('recovery key');
    await page.getByRole('button', { name: 'Gå videre til programmet' }).click();
    await page.getByText('Bekreft at du har tatt vare på nøkkelen før du går videre.').waitFor();
    await page.getByLabel('Jeg har tatt vare på gjenopprettingsnøkkelen').check();
    await page.getByRole('button', { name: 'Gå videre til programmet' }).click();

    step('the app frame');
    await heading1(page, 'Oversikt');
    await page.getByTestId('staff-name').getByText('Innlogget som Kari Nordmann').waitFor();
    await page.getByTestId('programme-name').getByText('Mentorprogram').waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
    await screenshot('04-overview-new');
    await axe('app (overview)');

    step('the file and its key slots are on disk, encrypted');
    const files = readdirSync(filesDir);
    assert.ok(files.includes('Mentorprogram.koble'), `files: ${files.join(', ')}`);

    step('the key is not shown again after a reload');
    await page.reload();
    await heading1(page, 'Oversikt');
    assert.equal(await page.getByTestId('recovery-key').count(), 0);
    assert.equal((await page.content()).includes(key), false, 'recovery key must not be in the page any more');

    step('creating over an existing file is refused in Norwegian');
    await page.getByRole('button', { name: 'Lås' }).click();
    await heading1(page, 'Lås opp programmet');
    await page.getByRole('button', { name: 'Til startsiden' }).click();
    await page.getByRole('button', { name: 'Opprett nytt program' }).click();
    await page.getByRole('button', { name: 'Velg plassering …' }).click();
    await page.getByLabel('Navnet ditt').fill('Ola');
    await page.getByLabel('Velg en passordfrase').fill(GOOD_PASSPHRASE);
    await page.getByLabel('Gjenta passordfrasen').fill(GOOD_PASSPHRASE);
    await page.getByText(/Styrke: (Sterk|Svært sterk)/).waitFor();
    await page.getByRole('button', { name: 'Opprett programmet' }).click();
    assert.match(await alertText(page), /Det finnes allerede en programfil der/);
  },
};
