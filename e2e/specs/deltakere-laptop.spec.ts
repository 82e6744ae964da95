import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { goTo, heading1 } from '../lib/app.ts';
import { createPerson, stageOf } from '../lib/people.ts';
import type { Spec } from '../lib/spec.ts';

/** A typical office laptop screen. */
export const LAPTOP = { width: 1366, height: 768 };

/** Rows wholly inside the grid's scrolling body, as a user sees them without scrolling. */
async function fullyVisibleRows(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const grid = document.querySelector('[data-testid=participants-grid]');
    const top = grid.querySelector('.ag-header').getBoundingClientRect().bottom;
    const scroll = grid.querySelector('.ag-body-horizontal-scroll');
    const scrollBox = scroll ? scroll.getBoundingClientRect() : null;
    const end = scrollBox && scrollBox.height > 0 ? scrollBox.top : grid.getBoundingClientRect().bottom;
    const bottom = Math.min(end, window.innerHeight);
    const rows = grid.querySelectorAll('[role=row][row-index]');
    return [...rows].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1;
    }).length;
  })()`);
}

async function rowCount(page: Page): Promise<string> {
  return (await page.getByTestId('row-count').innerText()).trim();
}

/** Deltakere at 1366×768 with 3,040 people: one scroll, ≥ 15 rows, folded quick filter, stage list filter, the stage move in the panel. */
export const deltakereLaptop: Spec = {
  name: 'deltakere at 1366x768: rows visible, folded quick filter, stage filter, stage move from the panel',
  timeoutMs: 240_000,
  async run({ page, host, screenshot, axe, step }) {
    step('a programme of 3,040 people');
    await page.setViewportSize(LAPTOP);
    const opened = await host.api.call('vault.openDemo', {});
    assert.ok(opened.ok, JSON.stringify(opened));
    const generated = await host.api.call('demo.generate', { people: 2736, seed: 13 });
    assert.ok(generated.ok, JSON.stringify(generated));
    const bjorn = await createPerson(host, 'Bjørn', 'Laptopsen');
    await createPerson(host, 'Øystein', 'Laptopsen');
    await createPerson(host, 'Åsa', 'Laptopsen');
    await createPerson(host, 'Asbjørn', 'Ulaptop');
    const list = await host.api.call('people.list', {});
    assert.ok(list.ok);
    const total = (list.value as unknown[]).length;

    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await goTo(page, 'Deltakere');
    const grid = page.getByTestId('participants-grid');
    await grid.locator('[role=row][row-index="0"]').first().waitFor();
    const formattedTotal = new Intl.NumberFormat('nb-NO').format(total);
    await page.getByTestId('row-count').getByText(`Viser ${formattedTotal} av ${formattedTotal}`).waitFor();
    assert.ok(total >= 3_040, `3,040 people or more: ${total}`);

    step('the grid fills the window: one scroll, at least 15 rows, every header whole');
    const pageScroll = await page.evaluate<number>('document.scrollingElement.scrollHeight - window.innerHeight');
    assert.ok(pageScroll <= 0, `the page itself does not scroll (${pageScroll} px over)`);
    const visible = await fullyVisibleRows(page);
    assert.ok(visible >= 15, `at least 15 rows visible at 1366×768, saw ${visible}`);
    const daysHeader = grid.locator('.ag-header-cell[col-id=daysInStage] .ag-header-cell-text');
    const truncated = await daysHeader.evaluate((element) => element.scrollWidth > element.clientWidth);
    assert.equal(truncated, false, '"Dager i stadium" is shown whole');
    // The picture for the note, before the grid is scrolled sideways below.
    await screenshot('13-deltakere-1366x768');
    // The right-hand columns are reachable by the grid's own horizontal scroll.
    const lastHeader = grid.locator('.ag-header-cell[col-id=nextActionOn]');
    await lastHeader.scrollIntoViewIfNeeded();
    const lastBox = await lastHeader.boundingBox();
    assert.ok(lastBox && lastBox.x + lastBox.width <= LAPTOP.width, `"Neste steg dato" reachable: ${JSON.stringify(lastBox)}`);
    await grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((element) => (element.scrollLeft = 0));
    await axe('deltakere at 1366x768');

    step('the Norwegian grid labels: the select-all checkbox, filters');
    const headerCheckbox = grid.locator('.ag-header-select-all input[type=checkbox]');
    const checkboxLabel = (await headerCheckbox.getAttribute('aria-label')) ?? '';
    assert.doesNotMatch(checkboxLabel, /Column with Header Selection|Press Space/i, checkboxLabel);
    const headerTexts = await grid.locator('.ag-header').innerText();
    assert.doesNotMatch(headerTexts, /Column with Header Selection/);
    const selectionHeaderLabel = (await grid.locator('.ag-header-cell[col-id="ag-Grid-SelectionColumn"]').getAttribute('aria-label')) ?? '';
    assert.doesNotMatch(selectionHeaderLabel, /Column with Header Selection/, selectionHeaderLabel);
    assert.match(checkboxLabel, /^Velg rader/, `the select-all checkbox named in Norwegian: ${checkboxLabel}`);

    step('the quick filter folds: bjorn, oystein, asa');
    const search = page.getByLabel('Søk i listen');
    for (const [query, name] of [
      ['bjorn laptopsen', 'Bjørn Laptopsen'],
      ['oystein', 'Øystein Laptopsen'],
      ['asa laptop', 'Åsa Laptopsen'],
    ] as const) {
      await search.fill(query);
      await grid.locator('[role=row][row-index]').filter({ hasText: name }).first().waitFor();
      assert.match(await rowCount(page), /^Viser [1-9]\d* av /, `${query}: ${await rowCount(page)}`);
    }
    await search.fill('asbjorn ulaptop');
    await page.getByTestId('row-count').getByText(`Viser 1 av ${formattedTotal}`).waitFor();
    await search.fill('');
    await page.getByTestId('row-count').getByText(`Viser ${formattedTotal} av ${formattedTotal}`).waitFor();

    step('the Stadium filter is a list of stages to tick');
    await grid.locator('.ag-header-cell[col-id=stage]').hover();
    await grid.locator('.ag-header-cell[col-id=stage] .ag-header-cell-filter-button, .ag-header-cell[col-id=stage] [ref=eFilterButton]').first().click();
    const stageFilter = page.getByTestId('stage-filter');
    await stageFilter.waitFor();
    await axe('stage filter');
    await stageFilter.getByRole('button', { name: 'Ingen' }).click();
    await page.getByTestId('row-count').getByText(`Viser 0 av ${formattedTotal}`).waitFor();
    await stageFilter.getByRole('checkbox', { name: 'Registrert' }).check();
    await page.getByTestId('row-count').getByText(/^Viser [1-9][\d\u00a0 ]* av /).waitFor();
    await page.keyboard.press('Escape');
    await search.fill('laptopsen');
    await page.getByTestId('row-count').getByText(`Viser 3 av ${formattedTotal}`).waitFor();
    await page.getByTestId('stage-filter').waitFor({ state: 'detached' }).catch(() => undefined);

    step('the person panel moves Bjørn to the next stage, then to a chosen stage with a reason');
    await grid.locator('[role=row][row-index]').filter({ hasText: 'Bjørn Laptopsen' }).first().dblclick();
    const panel = page.getByRole('dialog', { name: /Bjørn Laptopsen/ });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Flytt til neste stadium (Kartlagt)' }).click();
    await panel.getByText('Flyttet til Kartlagt').waitFor();
    assert.equal(await stageOf(host, bjorn), 'assessed');
    await panel.getByLabel('Flytt til stadium').selectOption('dropped_out');
    await panel.getByRole('button', { name: 'Flytt', exact: true }).click();
    // Avbrutt needs a reason: the panel asks for it and moves nothing until it has one.
    await panel.getByText('Skriv en begrunnelse').waitFor();
    assert.equal(await stageOf(host, bjorn), 'assessed');
    await panel.getByLabel('Begrunnelse').fill('Flyttet fra kommunen');
    await panel.getByRole('button', { name: 'Flytt', exact: true }).click();
    await panel.getByText('Flyttet til Avbrutt').waitFor();
    assert.equal(await stageOf(host, bjorn), 'dropped_out');
    await screenshot('13-person-panel-stage-move');
    await axe('person panel stage move');
  },
};
