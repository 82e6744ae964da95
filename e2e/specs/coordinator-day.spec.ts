import assert from 'node:assert/strict';
import { goTo, heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';
import type { TestHost } from '../host/serve.ts';
import { LAPTOP } from './deltakere-laptop.spec.ts';

async function call<T>(host: TestHost, method: string, input: unknown): Promise<T> {
  const reply = await host.api.call(method as never, input as never);
  assert.ok(reply.ok, `${method}: ${JSON.stringify(reply)}`);
  return reply.value as T;
}

/** A cohort with `count` participants, the first `ready` of them moved on to "Klar for kobling". */
async function cohortWith(host: TestHost, name: string, count: number, ready = 0): Promise<string> {
  const { id: cohortId } = await call<{ id: string }>(host, 'cohorts.create', { name });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await call<{ id: string }>(host, 'people.create', { firstName: `${name} ${i + 1}`, lastName: 'Kullesen', cohortId })).id);
  if (ready > 0) {
    await call(host, 'pipeline.move', { ids: ids.slice(0, ready), stage: 'assessed', reason: 'Kartlagt' });
    await call(host, 'pipeline.move', { ids: ids.slice(0, ready), stage: 'ready', reason: 'Klar' });
  }
  return cohortId;
}

/** The rest of a coordinator's day at 1366×768: grant labels, an overfilled event, a mentor from the search, Kobling, Kohortplan. */
export const coordinatorDay: Spec = {
  name: 'coordinator day at 1366x768: grant labels, capacity warning, mentor panel, kobling next, kohortplan',
  timeoutMs: 240_000,
  async run({ page, host, screenshot, axe, step }) {
    await page.setViewportSize(LAPTOP);
    await call(host, 'vault.openDemo', {});

    step("the demo's three yearly county grants get distinct labels in the funder report's Tilskudd list");
    const grantName = 'Telemark fylkeskommune – Mentor- og traineeordning for innvandrere';
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await goTo(page, 'Rapporter');
    await page.getByRole('tab', { name: 'Rapport til tilskuddsgiver' }).click();
    const grantSelect = page.getByRole('combobox', { name: 'Tilskudd', exact: true });
    await grantSelect.locator('option', { hasText: grantName }).first().waitFor({ state: 'attached' });
    const labels = (await grantSelect.locator('option').allInnerTexts()).filter((text) => text.startsWith(grantName));
    assert.equal(labels.length, 3, labels.join(' | '));
    assert.equal(new Set(labels).size, 3, `distinct: ${labels.join(' | ')}`);
    for (const year of [2024, 2025, 2026]) assert.ok(labels.some((label) => label.includes(`01.01.${year}–31.12.${year} · ${year}/`)), labels.join(' | '));

    step('inviting a 485-person cohort to an event for 80 warns and offers a waiting list');
    const big = await cohortWith(host, 'Storkull', 485);
    const event = await call<{ id: string }>(host, 'events.create', { kind: 'inspirasjonsmote', title: 'Stort inspirasjonsmøte', startsAt: '2027-03-04T17:00:00Z', capacity: 80 });
    await page.evaluate(`window.location.hash = '#/events/${encodeURIComponent(event.id)}'`);
    await heading1(page, 'Stort inspirasjonsmøte');
    await page.getByRole('button', { name: 'Inviter …' }).click();
    const invite = page.getByTestId('invite-dialog');
    await invite.getByRole('tab', { name: 'Kull' }).click();
    await invite.getByRole('combobox', { name: 'Kull' }).selectOption(big);
    await invite.getByRole('button', { name: 'Inviter kullet' }).click();
    const warning = invite.getByTestId('capacity-warning');
    await warning.getByText('405 for mange for arrangementet').waitFor();
    await warning.getByText(/plass til 80, og 0 er påmeldt fra før\. Du inviterer 485 til – det blir 405 over kapasiteten\./).waitFor();
    const before = await call<{ counts: { total: number } }>(host, 'events.get', { eventId: event.id });
    assert.equal(before.counts.total, 0, 'nothing written before the choice');
    await screenshot('13-capacity-warning');
    await axe('capacity warning');
    await warning.getByRole('button', { name: 'Meld på 80, sett 405 på venteliste' }).click();
    await page.getByTestId('event-notice').getByText('80 påmeldt, 405 på venteliste (0 sto allerede på listen).').waitFor();
    const after = await call<{ counts: { registered: number; waitlisted: number } }>(host, 'events.get', { eventId: event.id });
    assert.deepEqual([after.counts.registered, after.counts.waitlisted], [80, 405]);
    await page.getByTestId('waitlisted-count').getByText('405').waitFor();

    step('an event form takes dd.mm.åååå and the 24-hour clock, refuses 30.02, and saves a typed 18:30 as 18:30');
    await goTo(page, 'Arrangementer');
    await page.getByRole('button', { name: 'Nytt arrangement' }).click();
    const form = page.getByTestId('event-form');
    const [date, starts, ends] = [form.getByLabel('Dato', { exact: true }), form.getByLabel('Starter kl.'), form.getByLabel('Slutter kl.')];
    assert.match(await date.inputValue(), /^\d{2}\.\d{2}\.\d{4}$/, 'today as dd.mm.åååå');
    assert.equal(await date.getAttribute('placeholder'), 'dd.mm.åååå');
    assert.equal(await starts.inputValue(), '18:00', '24 h, not 06:00 PM');
    assert.equal(await starts.getAttribute('placeholder'), 'tt:mm');
    await form.getByLabel('Type arrangement').selectOption({ label: 'Nettverkstreff' });
    await form.getByLabel('Tittel').fill('Kveldstreff kl. 18.30');
    await date.fill('30.02.2027');
    await starts.fill('18:30');
    const problem = form.getByText('30.02.2027 finnes ikke i kalenderen.');
    await problem.waitFor();
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    const problemId = await problem.getAttribute('id');
    assert.ok(problemId && describedBy.split(/\s+/).includes(problemId), `the message describes the field: ${describedBy} / ${problemId}`);
    await screenshot('13-event-form-date-refused');
    await axe('event form: a date that does not exist');
    const eventsBefore = (await call<unknown[]>(host, 'events.list', {})).length;
    await form.getByRole('button', { name: 'Opprett arrangement' }).click();
    await problem.waitFor();
    assert.equal(await date.evaluate((input) => input === input.ownerDocument.activeElement), true, 'the unreadable date takes focus');
    assert.equal((await call<unknown[]>(host, 'events.list', {})).length, eventsBefore, 'nothing saved while the date cannot be read');
    await date.fill('4.3.2027');
    await ends.fill('20.15');
    await ends.blur();
    await problem.waitFor({ state: 'detached' });
    assert.equal(await date.inputValue(), '04.03.2027', 'the typed day shown as dd.mm.åååå');
    assert.equal(await ends.inputValue(), '20:15');
    assert.equal(await date.getAttribute('aria-invalid'), null);
    await form.getByRole('button', { name: 'Opprett arrangement' }).click();
    await heading1(page, 'Kveldstreff kl. 18.30');
    await page.locator('.event-facts').getByText('04.03.2027 18:30–20:15', { exact: true }).waitFor();
    const savedId = decodeURIComponent(/#\/events\/([^/]+)/.exec(page.url())?.[1] ?? '');
    const saved = await call<{ startsAt: string; endsAt: string }>(host, 'events.get', { eventId: savedId });
    assert.deepEqual([new Date(saved.startsAt).toISOString(), new Date(saved.endsAt).toISOString()], ['2027-03-04T17:30:00.000Z', '2027-03-04T19:15:00.000Z'], '18:30–20:15 on the Oslo clock (CET)');
    await page.getByRole('button', { name: 'Rediger', exact: true }).click();
    assert.equal(await form.getByLabel('Dato', { exact: true }).inputValue(), '04.03.2027');
    assert.equal(await form.getByLabel('Starter kl.').inputValue(), '18:30');
    await form.getByRole('button', { name: 'Avbryt' }).click();

    step('a mentor chosen in the header search opens the mentor panel');
    const mentors = await call<{ firstName: string; lastName: string }[]>(host, 'mentors.list', {});
    const mentorName = `${mentors[0]!.firstName} ${mentors[0]!.lastName}`;
    const search = page.getByRole('combobox', { name: 'Søk etter personer' });
    await search.fill(mentorName);
    await page.getByTestId('search-results').getByRole('option', { name: new RegExp(`^${mentorName}.*Mentor`) }).first().click();
    await heading1(page, 'Mentorer');
    const mentorPanel = page.getByRole('dialog', { name: mentorName });
    await mentorPanel.waitFor();
    await mentorPanel.getByText('Kapasitet').waitFor();
    await axe('mentor panel');
    await mentorPanel.getByRole('button', { name: 'Lukk' }).first().click();

    step('Kobling at 1366×768: accept, then on to the next participant ready for matching');
    // Two more ready participants, so there is a next one whatever the demo holds on the day the test runs.
    await cohortWith(host, 'Nestekull', 2, 2);
    await goTo(page, 'Kobling');
    const list = page.getByRole('list', { name: 'Deltakere klare for kobling' });
    await list.getByRole('listitem').first().waitFor();
    await list.getByRole('button').first().click();
    const heading = page.getByRole('heading', { level: 2, name: /^Kobling for / });
    await heading.waitFor();
    await page.getByTestId('kobling-position').getByText(/^Kandidat 1 av \d+$/).waitFor();
    const first = (await heading.innerText()).trim();
    const accept = page.getByRole('button', { name: 'Godta kobling' });
    const decline = page.getByRole('button', { name: /^Avslå/ });
    const [acceptBox, declineBox] = [await accept.boundingBox(), await decline.boundingBox()];
    assert.ok(acceptBox && declineBox, 'both buttons shown');
    const apart = declineBox.x >= acceptBox.x + acceptBox.width ? declineBox.x - (acceptBox.x + acceptBox.width) : declineBox.y - (acceptBox.y + acceptBox.height);
    assert.ok(apart >= 12, `a gap between Godta and Avslå: ${apart} px`);
    const pageHeight = await page.evaluate<number>('document.scrollingElement.scrollHeight');
    console.log(`    Kobling page height at 1366×768: ${pageHeight} px`);
    assert.ok(pageHeight <= 1_600, `a shorter Kobling page (was 1,840 px): ${pageHeight} px`);
    await screenshot('13-kobling-1366x768');
    await accept.click();
    await page.getByTestId('kobling-notice').getByText(/er koblet/).waitFor();
    await page.getByRole('button', { name: /^Neste klar for kobling: / }).click();
    await page.getByRole('heading', { level: 2, name: /^Kobling for / }).filter({ hasNotText: first.replace(/^Kobling for /, '') }).waitFor();
    await axe('kobling: next participant');

    step('Kohortplan: "1 klar for kobling", and nobody to plan for in a cohort with none ready');
    const one = await cohortWith(host, 'Ettkull', 2, 1);
    const none = await cohortWith(host, 'Tomkull', 1, 0);
    await page.reload();
    await heading1(page, 'Kobling');
    await page.getByRole('navigation', { name: 'Kobling' }).getByRole('link', { name: 'Kohortplan' }).click();
    const cohortSelect = page.getByLabel('Kull');
    await cohortSelect.locator('option', { hasText: 'Ettkull (1 klar for kobling)' }).waitFor({ state: 'attached' });
    await cohortSelect.selectOption(one);
    assert.equal(await page.getByRole('button', { name: 'Lag plan' }).isDisabled(), false);
    await cohortSelect.selectOption(none);
    await page.getByTestId('plan-nobody-ready').getByText('Ingen i «Tomkull» er klare for kobling, så det er ingen å planlegge for.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lag plan' }).isDisabled(), true, 'no empty plan');
    await axe('kohortplan: nobody ready');
  },
};
