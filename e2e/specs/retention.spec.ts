import assert from 'node:assert/strict';
import { createProgrammeThroughApi, heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';
import type { TestHost } from '../host/serve.ts';

/** The local date `days` days ago as YYYY-MM-DD. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toLocaleDateString('sv-SE');
}

/** A participant whose programme ended `endedDaysAgo` days ago (dropped out). */
async function endedParticipant(host: TestHost, firstName: string, lastName: string, endedDaysAgo: number): Promise<string> {
  const created = await host.api.call('people.create', { firstName, lastName, registeredOn: daysAgo(endedDaysAgo + 60) });
  assert.ok(created.ok, JSON.stringify(created));
  const id = (created.value as { id: string }).id;
  const moved = await host.api.call('pipeline.move', { ids: [id], stage: 'dropped_out', reason: 'Flyttet fra kommunen', effectiveOn: daysAgo(endedDaysAgo) });
  assert.ok(moved.ok, JSON.stringify(moved));
  return id;
}

/** Innstillinger → Personvern: retention months, the due list, bulk anonymisation; Egne fagfelt. */
export const retention: Spec = {
  name: 'retention: set the period, anonymise who is due; the office adds its own field',
  async run({ page, host, screenshot, axe, step }) {
    await createProgrammeThroughApi(host);
    const first = await endedParticipant(host, 'Gammel', 'Avsluttetsen', 100);
    const second = await endedParticipant(host, 'Eldre', 'Sluttesen', 120);
    const stays = await host.api.call('people.create', { firstName: 'Aktiv', lastName: 'Blirsen' });
    assert.ok(stays.ok);

    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click();
    await heading1(page, 'Innstillinger');

    step('with the default 24 months nobody is due');
    const section = page.getByRole('region', { name: 'Personvern: lagringstid' });
    await section.getByTestId('retention-none').waitFor();
    assert.equal(await section.getByLabel('Lagringstid i måneder etter at programmet er avsluttet').inputValue(), '24');

    step('set retention to 1 month: the two who ended 3–4 months ago are due');
    const months = section.getByLabel('Lagringstid i måneder etter at programmet er avsluttet');
    await months.fill('0');
    await section.getByRole('button', { name: 'Lagre lagringstid' }).click();
    await section.getByText('Skriv et helt tall mellom 1 og 240.').waitFor();
    await months.fill('1');
    await section.getByRole('button', { name: 'Lagre lagringstid' }).click();
    await section.getByText('Lagret.').waitFor();
    const settings = await host.api.call('settings.get', {});
    assert.equal(settings.ok && (settings.value as { retentionMonths: number }).retentionMonths, 1);
    const table = section.getByTestId('retention-due');
    await table.getByRole('cell', { name: 'Eldre Sluttesen', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'Gammel Avsluttetsen', exact: true }).waitFor();
    assert.equal(await table.getByRole('cell', { name: 'Aktiv Blirsen', exact: true }).count(), 0);
    assert.equal(await table.locator('tbody tr').count(), 2);
    await table.getByRole('row', { name: /Eldre Sluttesen/ }).getByText('Deltaker').waitFor();

    step('select all, confirm, anonymise; the list empties');
    const anonymise = section.getByRole('button', { name: 'Anonymiser valgte' });
    assert.equal(await anonymise.isDisabled(), true);
    await section.getByRole('checkbox', { name: 'Velg alle' }).check();
    assert.equal(await section.getByRole('checkbox', { name: 'Velg Gammel Avsluttetsen' }).isChecked(), true);
    await section.getByText('2 valgt').waitFor();
    await screenshot('40-retention-due');
    await axe('retention list');
    await anonymise.click();
    const dialog = page.getByTestId('anonymise-confirm');
    await dialog.getByRole('heading', { name: 'Anonymisere 2 personer?' }).waitFor();
    await dialog.getByText(/^2 personer blir anonymisert\..*Dette kan ikke angres\.$/).waitFor();
    await screenshot('41-retention-confirm');
    await axe('anonymise confirm dialog');
    await dialog.getByRole('button', { name: 'Ja, anonymiser' }).click();
    await section.getByText('2 personer er anonymisert.').waitFor();
    await section.getByTestId('retention-none').waitFor();
    for (const id of [first, second]) {
      const person = await host.api.call('people.get', { id });
      assert.ok(person.ok);
      assert.equal((person.value as { firstName: string; erasedAt: string | null }).firstName, '', 'no name left');
    }
    const active = await host.api.call('people.get', { id: (stays.value as { id: string }).id });
    assert.ok(active.ok && (active.value as { firstName: string }).firstName === 'Aktiv', 'the active participant is untouched');

    step('Egne fagfelt: add one, see it in reference.lists, refuse a duplicate');
    const own = page.getByRole('region', { name: 'Egne fagfelt' });
    await own.getByText('Kontoret har ingen egne fagfelt ennå.').waitFor();
    await own.getByRole('button', { name: 'Legg til fagfelt' }).click();
    await own.getByText('Skriv navnet på fagfeltet.').waitFor();
    await own.getByLabel('Nytt fagfelt').fill('Sykepleie i kommunen');
    await own.getByLabel('Telles som i rapporter').selectOption({ index: 1 });
    await own.getByRole('button', { name: 'Legg til fagfelt' }).click();
    await own.getByText('«Sykepleie i kommunen» er lagt til.').waitFor();
    await own.getByTestId('office-fields').getByText('Sykepleie i kommunen').waitFor();
    const lists = await host.api.call('reference.lists', {});
    assert.ok(lists.ok);
    const fields = (lists.value as { fields: { code: string; name: string; office: boolean }[] }).fields;
    assert.deepEqual(fields.at(-1), { code: 'office_sykepleie_i_kommunen', name: 'Sykepleie i kommunen', office: true });
    await own.getByLabel('Nytt fagfelt').fill('sykepleie i KOMMUNEN');
    await own.getByRole('button', { name: 'Legg til fagfelt' }).click();
    await own.getByText('Denne verdien finnes allerede i listen.').waitFor();
    await screenshot('42-office-fields');
    await axe('settings: retention and own fields');
  },
};
