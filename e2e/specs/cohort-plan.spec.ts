import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';
import type { TestHost } from '../host/serve.ts';

type Row = { id: string; firstName: string; lastName: string; stage: string; erasedAt: string | null; mentorId: string | null; mentorName: string | null; cohortId: string | null };
type Cohort = { id: string; name: string };

/**
 * The demo cohort with the most participants assessed or ready; its assessed ones are moved to
 * "Klar for kobling" through the API first, as a coordinator does after the interviews.
 */
async function readyCohort(host: TestHost): Promise<{ cohort: Cohort; ready: number }> {
  const people = await host.api.call('people.list', {});
  const cohorts = await host.api.call('cohorts.list', {});
  assert.ok(people.ok && cohorts.ok);
  const rows = (people.value as Row[]).filter((row) => !row.erasedAt && !row.mentorId && row.cohortId && ['assessed', 'ready'].includes(row.stage));
  const count = (id: string) => rows.filter((row) => row.cohortId === id).length;
  const best = (cohorts.value as Cohort[]).toSorted((a, b) => count(b.id) - count(a.id))[0]!;
  const assessed = rows.filter((row) => row.cohortId === best.id && row.stage === 'assessed').map((row) => row.id);
  if (assessed.length > 0) {
    const moved = await host.api.call('pipeline.move', { ids: assessed, stage: 'ready', reason: 'Kartlagt og klar' });
    assert.ok(moved.ok, JSON.stringify(moved));
  }
  assert.ok(count(best.id) >= 2, 'a demo cohort has at least two participants assessed or ready');
  return { cohort: best, ready: count(best.id) };
}

/** A grid row (AG Grid keeps pinned and scrolling cells in one role=row element). */
function cellOf(grid: Locator, name: string, colId: string): Locator {
  return grid.locator('[role=row][row-index]').filter({ hasText: name }).locator(`[role=gridcell][col-id="${colId}"]`);
}

/** Kobling → Kohortplan: run a cohort plan, see progress and the draft, approve part of it, see the stages in Deltakere. */
export const cohortPlan: Spec = {
  name: 'cohort plan: run, progress, draft, approve part, participants at koblingsmøte',
  timeoutMs: 120_000,
  async run({ page, host, screenshot, axe, step }) {
    step('open the demo programme and go to Kobling → Kohortplan');
    const opened = await host.api.call('vault.openDemo', {});
    assert.ok(opened.ok, JSON.stringify(opened));
    const { cohort, ready } = await readyCohort(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kobling' }).click();
    await heading1(page, 'Kobling');
    await page.getByRole('navigation', { name: 'Kobling' }).getByRole('link', { name: 'Kohortplan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kohortplan' }).waitFor();
    await axe('cohort plan: setup');

    step('choose the cohort and "Flest deltakere koblet", start');
    const option = `${cohort.name} (${ready} klare for kobling)`;
    await page.getByLabel('Kull').selectOption({ label: option });
    await page.getByRole('radio', { name: 'Flest deltakere koblet' }).check();
    // The progress bar may be up only briefly: record that it appeared at all.
    await page.evaluate(`(() => {
      window.planProgressSeen = false;
      new MutationObserver(() => {
        if (document.getElementById('plan-progress-bar')) window.planProgressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    })()`);
    await page.getByRole('button', { name: 'Lag plan' }).click();

    step('progress, then the draft');
    const table = page.getByTestId('plan-table');
    const draftRows = table.locator('tr[data-state="draft"]');
    await draftRows.first().waitFor();
    assert.equal(await page.evaluate('window.planProgressSeen'), true, 'the progress bar was shown');
    await page.getByRole('heading', { level: 3, name: `Utkast for ${cohort.name}` }).waitFor();
    const summary = (await page.getByTestId('plan-summary').innerText()).replace(/\s+/g, ' ');
    assert.match(summary, new RegExp(`Samlet poengsum [\\d ,]+ · \\d+ av ${ready} deltakere koblet · mål: Flest deltakere koblet`), summary);
    const pairs = await draftRows.count();
    assert.ok(pairs >= 2, `pairs in the draft: ${pairs}`);
    await screenshot('70-cohort-plan-draft');
    await axe('cohort plan: draft');

    step('the reasons of a pair expand below it');
    const first = draftRows.nth(0);
    const firstParticipant = (await first.getAttribute('data-participant'))!;
    const firstMentor = (await first.locator('td').nth(1).innerText()).replace(/\s*\(.*\)$/, '').trim();
    await first.getByRole('button', { name: /^Begrunnelse for / }).click();
    const breakdown = page.getByTestId('plan-breakdown');
    assert.equal(await breakdown.getByRole('listitem').count(), 8);
    assert.doesNotMatch(await breakdown.innerText(), /matching\.explain|\{\{/);
    await axe('cohort plan: reasons open');

    step('select two pairs (one with the keyboard) and approve them');
    const second = draftRows.nth(1);
    const secondParticipant = (await second.getAttribute('data-participant'))!;
    const secondMentor = (await second.locator('td').nth(1).innerText()).replace(/\s*\(.*\)$/, '').trim();
    await first.getByRole('checkbox').check();
    await second.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Godkjenn valgte (2)' }).click();
    await page.getByTestId('plan-status').getByText('2 koblinger er godkjent og lagret. Deltakerne er flyttet til koblingsmøte.').waitFor();
    const committed = table.locator('tr[data-state="committed"]');
    assert.equal(await committed.count(), 2);
    assert.deepEqual((await committed.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-participant')))).toSorted(), [firstParticipant, secondParticipant].toSorted());
    await committed.first().getByText('Godkjent').waitFor();
    assert.equal(await draftRows.count(), pairs - 2, 'the rest stays a draft');
    await screenshot('71-cohort-plan-approved');
    await axe('cohort plan: after approval');

    step('change a pair by hand: pinned, the rest re-planned, the approved rows stay');
    const third = draftRows.nth(0);
    const thirdParticipant = (await third.getAttribute('data-participant'))!;
    await third.getByRole('button', { name: /^Endre mentor for / }).click();
    const newMentor = page.getByLabel(`Ny mentor for ${thirdParticipant}`);
    await newMentor.waitFor();
    const chosen = (await newMentor.locator('option:checked').innerText()).replace(/ – .*$/, '').trim();
    await page.getByRole('button', { name: 'Bruk og planlegg resten på nytt' }).click();
    const pinned = table.locator(`tr[data-state="draft"][data-participant="${thirdParticipant}"]`);
    await pinned.getByText('Låst av deg').waitFor();
    assert.equal((await pinned.locator('td').nth(1).innerText()).replace(/\s*\(.*\)$/, '').trim(), chosen);
    assert.equal(await committed.count(), 2, 'the approved rows stay');
    await axe('cohort plan: after a change');

    step('Deltakere: the two are at koblingsmøte with their mentor');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Deltakere' }).click();
    await heading1(page, 'Deltakere');
    const grid = page.getByTestId('participants-grid');
    for (const [name, mentor] of [[firstParticipant, firstMentor], [secondParticipant, secondMentor]] as const) {
      await page.getByLabel('Søk i listen').fill(name);
      await cellOf(grid, name, 'stage').getByText('Koblingsmøte').waitFor();
      await cellOf(grid, name, 'mentorName').getByText(mentor).waitFor();
    }
  },
};
