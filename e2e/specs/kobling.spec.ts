import assert from 'node:assert/strict';
import { heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';
import type { TestHost } from '../host/serve.ts';

type Row = { id: string; firstName: string; lastName: string; stage: string; erasedAt: string | null; mentorId: string | null };
type Suggestion = { mentorId: string; mentorName: string; score: number; breakdown: { criterion: string }[] };

/** A demo participant the page lists (ready, no open match) with at least two candidates. */
async function readyWithCandidates(host: TestHost): Promise<{ name: string; suggestions: Suggestion[] }> {
  const listed = await host.api.call('people.list', {});
  assert.ok(listed.ok, JSON.stringify(listed));
  const ready = (listed.value as Row[]).filter((row) => row.stage === 'ready' && !row.erasedAt && !row.mentorId);
  assert.ok(ready.length > 0, 'the demo has participants ready for matching');
  for (const row of ready) {
    const suggested = await host.api.call('matching.suggest', { participantId: row.id, top: 10, language: 'nb' });
    if (suggested.ok && (suggested.value as Suggestion[]).length >= 2) return { name: `${row.firstName} ${row.lastName}`.trim(), suggestions: suggested.value as Suggestion[] };
  }
  throw new Error('no ready demo participant has two candidates');
}

/** Kobling: pick a ready participant, step through candidates with the keyboard, read the explained breakdown. */
export const kobling: Spec = {
  name: 'kobling: pick a participant, compare candidates side by side, explained breakdown',
  timeoutMs: 90_000,
  async run({ page, host, screenshot, axe, step }) {
    step('open the demo programme and go to Kobling');
    const opened = await host.api.call('vault.openDemo', {});
    assert.ok(opened.ok, JSON.stringify(opened));
    const { name, suggestions } = await readyWithCandidates(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kobling' }).click();
    await heading1(page, 'Kobling');
    const list = page.getByRole('list', { name: 'Deltakere klare for kobling' });
    await list.getByRole('listitem').first().waitFor();
    await axe('kobling: participant picker');

    step('filter the list and pick the participant');
    await page.getByLabel('Filtrer deltakere').fill(name);
    await page.getByTestId('kobling-count').getByText(/^Viser \d+ av \d+ klare for kobling$/).waitFor();
    await list.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
    await page.getByRole('heading', { level: 2, name: `Kobling for ${name}` }).waitFor();
    const position = page.getByTestId('kobling-position');
    await position.getByText(`Kandidat 1 av ${suggestions.length}`).waitFor();
    const table = page.getByTestId('kobling-table');
    await table.getByRole('columnheader', { name: `Mentor: ${suggestions[0]!.mentorName}` }).waitFor();
    // Rows are aligned: the same attribute on both sides.
    for (const row of ['Fagfelt', 'Ønsket yrke / stilling', 'Utdanningsnivå', 'Språk', 'Kommune og fylke', 'Ønsket kjønn / kjønn', 'Interesser / arbeidsgiver']) {
      await table.getByRole('rowheader', { name: row, exact: true }).waitFor();
    }

    step('the breakdown explains every criterion in words, with the total');
    const breakdown = page.getByTestId('kobling-breakdown');
    assert.equal(await breakdown.getByRole('listitem').count(), suggestions[0]!.breakdown.length);
    const explanations = (await page.getByTestId('kobling-explanation').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    assert.ok(explanations.length >= 7, `explanations: ${explanations.length}`);
    for (const text of explanations) assert.doesNotMatch(text, /matching\.explain|\{\{/, `translated: ${text}`);
    assert.ok(
      explanations.some((text) => /^(✓ Oppfylt|– Ikke oppfylt): (Samme|Ulikt|Felles|Ingen|Ledig|Beslektet|Mentor|Ønsket|Bosted|Fagfelt|Interesse)/.test(text)),
      explanations.join(' | '),
    );
    const score = (await page.getByTestId('kobling-score').innerText()).replace(/\s+/g, ' ');
    assert.match(score, /Samsvar \d+(,\d)? av 100/, score);
    await screenshot('60-kobling-side-by-side');
    await axe('kobling: side by side');

    step('step with the keyboard: ArrowRight, J, then K and ArrowLeft back');
    await page.keyboard.press('ArrowRight');
    await position.getByText(`Kandidat 2 av ${suggestions.length}`).waitFor();
    await table.getByRole('columnheader', { name: `Mentor: ${suggestions[1]!.mentorName}` }).waitFor();
    if (suggestions.length >= 3) {
      await page.keyboard.press('j');
      await position.getByText(`Kandidat 3 av ${suggestions.length}`).waitFor();
      await page.keyboard.press('k');
      await position.getByText(`Kandidat 2 av ${suggestions.length}`).waitFor();
    }
    await page.keyboard.press('ArrowLeft');
    await position.getByText(`Kandidat 1 av ${suggestions.length}`).waitFor();

    step('the buttons: Neste, Hopp over, Forrige');
    await page.getByRole('button', { name: 'Neste' }).click();
    await position.getByText(`Kandidat 2 av ${suggestions.length}`).waitFor();
    await page.getByRole('button', { name: 'Forrige' }).click();
    await position.getByText(`Kandidat 1 av ${suggestions.length}`).waitFor();
    await page.getByRole('button', { name: 'Hopp over' }).click();
    await position.getByText(`Kandidat 2 av ${suggestions.length}`).waitFor();
    assert.equal(await page.getByTestId('kobling-explanation').count(), suggestions[1]!.breakdown.length);

    step('decline candidate 2 with a reason: it leaves the list');
    const total = suggestions.length;
    await page.getByRole('button', { name: 'Avslå …' }).click();
    await page.getByLabel('Hvorfor passer ikke denne mentoren?').fill('Bor for langt unna');
    await page.getByRole('button', { name: 'Avslå kobling' }).click();
    await page.getByTestId('kobling-notice').getByText(`${suggestions[1]!.mentorName} er avslått for ${name}`).waitFor();
    await position.getByText(new RegExp(`^Kandidat \\d+ av ${total - 1}$`)).waitFor();
    await axe('kobling: after decline');

    step('accept the first candidate: the match starts with a koblingsmøte');
    await page.keyboard.press('ArrowLeft');
    await position.getByText(`Kandidat 1 av ${total - 1}`).waitFor();
    await page.getByRole('button', { name: 'Godta kobling' }).click();
    await page.getByTestId('kobling-notice').getByText(`${name} og ${suggestions[0]!.mentorName} er koblet`).waitFor();
    const stage = await host.api.call('people.list', {});
    assert.ok(stage.ok);
    const matched = (stage.value as Row[]).find((row) => `${row.firstName} ${row.lastName}`.trim() === name);
    assert.equal(matched?.stage, 'intro_meeting');
    assert.equal(matched?.mentorId, suggestions[0]!.mentorId);

    step('back to the list: the matched participant is no longer there');
    await page.getByRole('button', { name: 'Velg en annen deltaker' }).click();
    await page.getByRole('heading', { level: 2, name: 'Velg deltaker' }).waitFor();
    assert.equal(await page.getByRole('button', { name: new RegExp(`^${name}`) }).count(), 0, `${name} is matched and no longer listed`);
  },
};
