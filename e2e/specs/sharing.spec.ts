import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestHost } from '../host/serve.ts';
import { OTHER_PASSPHRASE, createProgrammeThroughApi, goTo, heading1 } from '../lib/app.ts';
import { secondLaptop } from '../lib/event-kit.ts';
import type { Spec } from '../lib/spec.ts';

const VIEWPORT = { width: 1366, height: 768 };

async function ok<T>(host: TestHost, method: string, input: unknown): Promise<T> {
  const reply = await host.api.call(method, input);
  assert.ok(reply.ok, `${method}: ${JSON.stringify(reply)}`);
  return reply.value as T;
}

function deling(page: Page) {
  return page.getByRole('region', { name: 'Deling' });
}

async function syncNow(page: Page): Promise<void> {
  const section = deling(page);
  await section.getByRole('button', { name: 'Synkroniser nå' }).click();
  await section.getByText(/^Synkronisert: /).waitFor();
}

/**
 * Innstillinger → Deling on two laptops sharing one folder: A turns sharing on, names the laptop
 * and invites a colleague; B joins from the start screen with the file and the code; a person
 * added on A shows on B after "Synkroniser nå"; the same field edited on both is listed for review.
 */
export const sharing: Spec = {
  name: 'sharing: Deling, invite, join from the start screen, sync now, conflicts',
  // Key derivations (create, invitation code, join) and two browsers on a loaded two-core machine.
  timeoutMs: 180_000,
  async run({ page, host, filesDir, axe, screenshot, step }) {
    await page.setViewportSize(VIEWPORT);
    await createProgrammeThroughApi(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await goTo(page, 'Innstillinger');

    step('A: turn sharing on and name the laptop');
    const section = deling(page);
    await section.getByText('Deling er ikke slått på').waitFor();
    await section.getByRole('button', { name: 'Velg delt mappe' }).click();
    await section.getByText('Den delte mappen er valgt.').waitFor();
    await section.getByTestId('sharing-folder').getByText(/Delt mappe/).waitFor();
    await section.getByLabel('Navnet på denne maskinen').fill('Karis bærbare');
    await section.getByRole('button', { name: 'Lagre navnet' }).click();
    await section.getByText('Lagret.').waitFor();
    await syncNow(page);

    step('A: invite a colleague (file + one-time code)');
    await section.getByLabel('Kollegaens navn').fill('Ola Hansen');
    await section.getByRole('button', { name: 'Lag invitasjon' }).click();
    const shown = section.getByTestId('invitation-code');
    await shown.waitFor();
    const code = (await shown.locator('strong').innerText()).trim();
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await axe('Innstillinger → Deling (invitation code shown)');
    await screenshot('sharing-invited');
    await shown.getByRole('button', { name: 'Ferdig' }).click();

    const b = await secondLaptop({ sharedFolder: join(filesDir, 'Delt mappe') });
    try {
      const invitations = readdirSync(join(filesDir, 'exports')).filter((f) => f.endsWith('.kobleinvite'));
      assert.equal(invitations.length, 1);
      copyFileSync(join(filesDir, 'exports', invitations[0]!), join(b.filesDir, invitations[0]!));

      step('B: join from the start screen');
      await b.page.setViewportSize(VIEWPORT);
      await b.page.goto(b.host.url);
      await b.page.getByRole('button', { name: 'Bli med …' }).click();
      await heading1(b.page, 'Bli med i et delt program');
      await b.page.getByRole('button', { name: 'Velg invitasjonsfil …' }).click();
      await b.page.getByTestId('chosen-invitation').getByText(invitations[0]!).waitFor();
      await b.page.getByRole('button', { name: 'Velg plassering …' }).click();
      await b.page.getByTestId('chosen-file').getByText('Mentorprogram.koble').waitFor();
      await b.page.getByLabel('Velg din egen passordfrase').fill(OTHER_PASSPHRASE);
      await b.page.getByLabel('Gjenta passordfrasen').fill(OTHER_PASSPHRASE);
      await b.page.getByText(/Styrke: (Sterk|Svært sterk)/).waitFor();
      await axe('Bli med i et delt program');
      // A wrong code: the translated refusal, nothing written; then the right one.
      await b.page.getByLabel('Engangskode').fill('AAAA-BBBB-CCCC-DDDD');
      await b.page.getByRole('button', { name: 'Bli med og åpne programmet' }).click();
      await b.page.getByRole('alert').getByText(/Feil invitasjonskode/).waitFor();
      assert.ok(!existsSync(join(b.filesDir, 'Mentorprogram.koble')), 'a wrong code writes nothing');
      await b.page.getByLabel('Engangskode').fill(code.toLowerCase());
      await b.page.getByRole('button', { name: 'Bli med og åpne programmet' }).click();
      await heading1(b.page, 'Oversikt');

      step('B: the shared folder on this laptop, then sync');
      await goTo(b.page, 'Innstillinger');
      await deling(b.page).getByRole('button', { name: 'Velg delt mappe' }).click();
      await deling(b.page).getByText('Den delte mappen er valgt.').waitFor();
      await syncNow(b.page);

      step('a person added on A appears on B after Synkroniser nå on both');
      const { id } = await ok<{ id: string }>(host, 'people.create', { firstName: 'Sigrid', lastName: 'Delt' });
      await syncNow(page);
      await syncNow(b.page);
      const onB = await ok<{ id: string }>(b.host, 'people.get', { id });
      assert.equal(onB.id, id);
      await goTo(b.page, 'Deltakere');
      await b.page.getByText(/Sigrid/).first().waitFor();

      step('the same field edited on both laptops: listed for review with both values');
      await ok(b.host, 'sync.setLaptopName', { name: 'Olas bærbare' });
      await ok(host, 'people.update', { id, changes: { lastName: 'Fra A' } });
      await new Promise((done) => setTimeout(done, 20));
      await ok(b.host, 'people.update', { id, changes: { lastName: 'Fra B' } });
      await goTo(b.page, 'Innstillinger');
      await syncNow(page);
      await syncNow(b.page);
      await syncNow(page);
      const a = await ok<{ lastName: string }>(host, 'people.get', { id });
      const bb = await ok<{ lastName: string }>(b.host, 'people.get', { id });
      assert.equal(a.lastName, 'Fra B', 'the later edit wins on both');
      assert.equal(bb.lastName, 'Fra B');
      const conflicts = section.getByTestId('sync-conflict');
      await conflicts.filter({ hasText: 'Samme felt endret på to maskiner' }).first().waitFor();
      assert.ok((await conflicts.filter({ hasText: 'verdien fra den andre maskinen' }).count()) >= 1);
      // Whom it is about: the person's name as it is now.
      assert.ok((await conflicts.filter({ hasText: '(Sigrid Fra B)' }).count()) >= 1);
      // Both values, each with the laptop it came from, so the other can be put back by hand.
      await section.getByTestId('sync-conflict-values').filter({ hasText: 'Beholdt: «Fra B» (fra Olas bærbare) · Overskrevet: «Fra A» (fra Karis bærbare)' }).first().waitFor();
      await axe('Innstillinger → Deling (conflicts to review)');
      await screenshot('sharing-conflicts');

      step('mark as reviewed');
      const before = await conflicts.count();
      await conflicts.first().getByRole('button', { name: 'Merk som gjennomgått' }).click();
      await section.getByText(/1 konflikt er merket som gjennomgått/).waitFor();
      assert.equal(await conflicts.count(), before - 1);
    } finally {
      await b.close();
    }
  },
};
