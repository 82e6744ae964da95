import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';
import { stageOf } from '../lib/people.ts';
import type { TestHost } from '../host/serve.ts';

type MatchRow = { id: string; status: string; introMeetingAt: string | null; introMeetingPlace: string | null; goals: string | null; meetings: number };

function isoToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const display = (iso: string) => iso.split('-').reverse().join('.');

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

async function ok<T>(host: TestHost, method: string, input: unknown): Promise<T> {
  const reply = await host.api.call(method, input);
  assert.ok(reply.ok, `${method}: ${JSON.stringify(reply)}`);
  return reply.value as T;
}

/** Match lifecycle and placements: accept with a koblingsmøte, confirm, log meetings, a NAV placement beside it, end both; the stage follows. */
export const matchLifecycle: Spec = {
  name: 'lifecycle: koblingsmøte, confirm, meeting log, NAV placement, end; the stage follows in the grid',
  timeoutMs: 150_000,
  async run({ page, host, screenshot, axe, step }) {
    step('open the demo programme with a new participant ready for matching and a NAV office');
    await ok(host, 'vault.openDemo', {});
    const { id } = await ok<{ id: string }>(host, 'people.create', {
      firstName: 'Lina',
      lastName: 'Livsløpsen',
      field: 'engineering_technology_it',
      municipalityNumber: '4003',
      languages: ['ar', 'en'],
      norwegianLevel: 'B1',
      educationLevel: 'master',
    });
    await ok(host, 'pipeline.move', { ids: [id], stage: 'assessed', reason: null, effectiveOn: isoToday() });
    await ok(host, 'pipeline.move', { ids: [id], stage: 'ready', reason: null, effectiveOn: isoToday() });
    await ok(host, 'organisations.create', { kind: 'nav_office', name: 'NAV Grenland test' });
    const name = 'Lina Livsløpsen';
    const today = isoToday();

    step('Kobling: accept the best candidate with a koblingsmøte date, time and place');
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kobling' }).click();
    await heading1(page, 'Kobling');
    await page.getByLabel('Filtrer deltakere').fill(name);
    await page.getByRole('list', { name: 'Deltakere klare for kobling' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 2, name: `Kobling for ${name}` }).waitFor();
    await page.getByTestId('kobling-position').getByText(/^Kandidat 1 av \d+$/).waitFor();
    const accept = page.getByTestId('accept-form');
    await accept.getByLabel('Dato for koblingsmøte').fill(display(today));
    await accept.getByLabel('Klokkeslett (valgfritt)').fill('14:30');
    await accept.getByLabel('Sted for koblingsmøte').fill('Kafé i Skien sentrum');
    await axe('kobling: accept with koblingsmøte');
    await accept.getByRole('button', { name: 'Godta kobling' }).click();
    await page.getByTestId('kobling-notice').getByText(new RegExp(`^${name} og .+ er koblet`)).waitFor();
    const [booked] = await ok<MatchRow[]>(host, 'matching.list', { participantId: id });
    assert.equal(booked?.status, 'intro_meeting');
    assert.equal(booked?.introMeetingAt, `${today}T14:30`);
    assert.equal(booked?.introMeetingPlace, 'Kafé i Skien sentrum');
    assert.equal(await stageOf(host, id), 'intro_meeting');

    step('person panel, Koblinger: the koblingsmøte is shown; confirm with the six-month default and goals');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Deltakere' }).click();
    await heading1(page, 'Deltakere');
    await page.evaluate(`window.location.hash = '#/participants/${encodeURIComponent(id)}'`);
    const panel = page.getByTestId('person-panel');
    await panel.getByRole('heading', { level: 2, name }).waitFor();
    await panel.getByRole('tab', { name: 'Koblinger' }).click();
    const card = panel.getByTestId('match-card').first();
    await card.getByTestId('match-status').getByText('Koblingsmøte').waitFor();
    await card.getByTestId('intro-when').getByText(`${display(today)} 14:30`).waitFor();
    await card.getByTestId('intro-place').getByText('Kafé i Skien sentrum').waitFor();
    await card.getByRole('button', { name: 'Bekreft kobling …' }).click();
    const confirm = card.getByTestId('confirm-form');
    assert.equal(await confirm.getByLabel('Planlagt slutt').inputValue(), display(addMonths(today, 6)));
    await confirm.getByLabel('Mål for mentorperioden').fill('Jobb som ingeniør innen ett år');
    await confirm.getByRole('button', { name: 'Bekreft kobling' }).click();
    await card.getByTestId('match-status').getByText('Aktiv').waitFor();
    await card.getByTestId('planned-end').getByText(display(addMonths(today, 6))).waitFor();
    await card.getByTestId('goals').getByText('Jobb som ingeniør innen ett år').waitFor();
    assert.equal(await stageOf(host, id), 'active');

    step('meeting log: a meeting and a mid-point check-in');
    const meetingForm = card.getByTestId('meeting-form');
    await meetingForm.getByLabel('Minutter').fill('60');
    await meetingForm.getByLabel('Temaer').fill('CV og nettverk');
    await meetingForm.getByRole('button', { name: 'Logg møte' }).click();
    const log = card.getByTestId('meeting-log');
    await log.getByText('CV og nettverk').waitFor();
    await meetingForm.getByLabel('Type').selectOption({ label: 'Midtveissamtale' });
    await meetingForm.getByLabel('Minutter').fill('30');
    await meetingForm.getByLabel('Temaer').fill('Halvveis: mål justert');
    await meetingForm.getByRole('button', { name: 'Logg møte' }).click();
    await log.getByRole('row').filter({ hasText: 'Halvveis: mål justert' }).getByText('Midtveissamtale').waitFor();
    assert.equal(await log.getByRole('row').count(), 3, 'header and two meetings');
    await screenshot('64-match-lifecycle-panel');
    await axe('person panel: kobling with meeting log');

    step('Praksis: a placement with a NAV agreement beside the mentor; a short period is flagged');
    await panel.getByRole('tab', { name: 'Praksis' }).click();
    await panel.getByRole('button', { name: 'Legg til praksisplass' }).click();
    const form = panel.getByTestId('placement-form');
    await form.getByLabel('Bedrift').selectOption({ index: 1 });
    await form.getByLabel('Stilling / arbeidsoppgaver').fill('Elektroingeniør');
    await form.getByLabel('Veileder på arbeidsplassen').fill('Per Hansen');
    await form.getByLabel('Start', { exact: true }).fill(display(today));
    await form.getByLabel('Planlagt slutt').fill(display(addMonths(today, 2)));
    await form.getByTestId('placement-length-warning').waitFor();
    await form.getByLabel('Planlagt slutt').fill(display(addMonths(today, 4)));
    await form.getByTestId('placement-length-warning').waitFor({ state: 'detached' });
    await form.getByLabel('Praksis med NAV-avtale').check();
    await form.getByLabel('NAV-kontor').selectOption({ label: 'NAV Grenland test' });
    await form.getByLabel('Veileder i NAV').fill('Ola Nav');
    await form.getByLabel('Livsopphold', { exact: true }).selectOption({ label: 'Tiltakspenger' });
    await axe('person panel: placement form');
    await form.getByRole('button', { name: 'Lagre' }).click();
    const placement: Locator = panel.getByTestId('placement-card').first();
    await placement.getByTestId('placement-status').getByText('Pågår').waitFor();
    await placement.getByText('NAV-avtale').waitFor();
    await placement.getByText('NAV Grenland test').waitFor();
    await placement.getByText('Tiltakspenger').waitFor();
    const placements = await ok<{ navAgreement: boolean; navAdvisor: string; livelihood: string; status: string }[]>(host, 'placements.list', { participantId: id });
    assert.deepEqual(
      placements.map((p) => [p.status, p.navAgreement, p.navAdvisor, p.livelihood]),
      [['active', true, 'Ola Nav', 'measures_benefit']],
    );
    await screenshot('65-placement');

    step('end the mentoring as completed: the placement still runs, so the participant stays aktiv');
    await panel.getByRole('tab', { name: 'Koblinger' }).click();
    await card.getByRole('button', { name: 'Avslutt kobling …' }).click();
    const end = card.getByTestId('end-match-form');
    await end.getByRole('button', { name: 'Avslutt kobling' }).click();
    await card.getByTestId('match-status').getByText('Fullført').waitFor();
    assert.equal(await stageOf(host, id), 'active');
    await panel.locator('.person-panel__meta').getByText('Aktiv', { exact: true }).waitFor();

    step('end the placement: nothing runs any more, the participant is avsluttet');
    await panel.getByRole('tab', { name: 'Praksis' }).click();
    await placement.getByRole('button', { name: 'Avslutt praksis …' }).click();
    await placement.getByTestId('placement-end-form').getByRole('button', { name: 'Avslutt praksis' }).click();
    await placement.getByTestId('placement-status').getByText('Fullført').waitFor();
    await panel.locator('.person-panel__meta').getByText('Avsluttet', { exact: true }).waitFor();
    assert.equal(await stageOf(host, id), 'completed');

    step('the participants grid shows the stage');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.getByLabel('Søk i listen').fill('Livsløpsen');
    const grid = page.getByTestId('participants-grid');
    await grid.locator('[role=row][row-index]').filter({ hasText: name }).locator('[role=gridcell][col-id="stage"]').getByText('Avsluttet').waitFor();
    await screenshot('66-lifecycle-grid');
  },
};
