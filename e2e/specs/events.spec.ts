import assert from 'node:assert/strict';
import { join } from 'node:path';
import { heading1, hostPost } from '../lib/app.ts';
import { isSerious, runAxe } from '../lib/axe.ts';
import { copyNewestKit, secondLaptop, type RosterPerson } from '../lib/event-kit.ts';
import { api, checkInByEnter, demoPeople, uniqueOnRoster, until } from '../lib/events.ts';
import type { Spec } from '../lib/spec.ts';

const TITLE = 'Nettverkstreff e2e';
const KIT_PASSPHRASE = 'blåbærsyltetøy på vaffel etter nettverkstreffet';
const CONFIRMED = (name: string) => new RegExp(`^Velkommen, ${name}! Du er sjekket inn kl\\. \\d{2}:\\d{2}\\.$`);

/** Arrangementer: create an event, build its roster, run the kiosk, export a kit, use it on a second laptop, import it back. */
export const events: Spec = {
  name: 'events: roster, kiosk check-in, walk-in, event kit on a second laptop and back',
  timeoutMs: 180_000,
  async run({ page, host, filesDir, screenshot, axe, step }) {
    step('open the demo programme and go to Arrangementer');
    const demo = await api<{ passphrase: string }>(host, 'vault.openDemo', {});
    const { cohortName, mentorName } = await demoPeople(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arrangementer' }).click();
    await heading1(page, 'Arrangementer');
    await page.getByTestId('events-grid').locator('.ag-row').first().waitFor();
    await axe('events: list');

    step('create an event');
    await page.getByRole('button', { name: 'Nytt arrangement' }).click();
    const form = page.getByTestId('event-form');
    await form.getByLabel('Type arrangement').selectOption({ label: 'Nettverkstreff' });
    await form.getByLabel('Tittel').fill(TITLE);
    await form.getByLabel('Starter kl.').fill('18:00');
    await form.getByLabel('Sted').fill('Skien bibliotek');
    await form.getByLabel('Kapasitet (plasser)').fill('80');
    await axe('events: new event form');
    await form.getByRole('button', { name: 'Opprett arrangement' }).click();
    await heading1(page, TITLE);
    const eventId = decodeURIComponent(/#\/events\/([^/]+)/.exec(page.url())?.[1] ?? '');
    assert.ok(eventId, `the URL names the event: ${page.url()}`);

    step('invite a cohort and one mentor by hand');
    await page.getByRole('button', { name: 'Inviter …' }).click();
    const invite = page.getByTestId('invite-dialog');
    await invite.getByRole('tab', { name: 'Kull' }).click();
    await invite.getByRole('combobox', { name: 'Kull' }).selectOption({ label: cohortName });
    await invite.getByRole('button', { name: 'Inviter kullet' }).click();
    await page.getByTestId('event-notice').getByText(/^\d+ lagt til på lista \(0 sto der fra før\)\.$/).waitFor();
    await page.getByRole('button', { name: 'Inviter …' }).click();
    await invite.getByLabel('Søk etter deltaker eller mentor').fill(mentorName);
    await invite.getByRole('button', { name: `Legg til ${mentorName}` }).first().click();
    await axe('events: invite by hand');
    await invite.getByRole('button', { name: 'Inviter 1 person' }).click();
    await page.getByTestId('event-notice').getByText('1 lagt til på lista (0 sto der fra før).').waitFor();
    const roster = await api<RosterPerson[]>(host, 'events.roster', { eventId });
    assert.ok(roster.some((p) => p.personKind === 'mentor' && `${p.firstName} ${p.lastName}` === mentorName), 'the mentor is on the roster');
    await page.getByLabel('Søk i lista').fill(mentorName.split(' ').slice(-1)[0]!);
    await page.getByTestId('roster-grid').getByText(`${mentorName.split(' ').slice(-1)[0]!}, `, { exact: false }).first().waitFor();
    await page.getByTestId('roster-grid').getByText('Mentor', { exact: true }).first().waitFor();
    await page.getByLabel('Søk i lista').fill('');
    await screenshot('70-event-roster');
    await axe('events: detail with roster');

    const people = await uniqueOnRoster(host, eventId);
    assert.ok(people.length >= 6, `six people with names of their own on the roster (${people.length})`);
    const [first, second, third, fourth, fifth, sixth] = people.map((p) => `${p.firstName} ${p.lastName}`) as [string, string, string, string, string, string];

    step('start the kiosk: full screen, without the frame');
    await page.getByRole('button', { name: 'Start innsjekking' }).click();
    await page.getByTestId('kiosk').waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Hovedmeny' }).count(), 0, 'the app frame is hidden');
    await until(page, 'document.fullscreenElement !== null');
    await until(page, 'document.activeElement?.getAttribute("data-testid") === "kiosk-search"');
    const confirmation = page.getByTestId('kiosk-confirmation');

    step('check three people in: Enter, a tap, Enter');
    await checkInByEnter(page, first);
    await confirmation.getByText(CONFIRMED(first)).waitFor();
    await page.getByTestId('kiosk-search').fill(second.toLowerCase());
    await page.getByTestId('kiosk-hits').getByRole('button', { name: new RegExp(`^${second}`) }).click();
    await confirmation.getByText(CONFIRMED(second)).waitFor();
    await checkInByEnter(page, third);
    await confirmation.getByText(CONFIRMED(third)).waitFor();
    await screenshot('71-kiosk-checked-in');
    await axe('kiosk: after a check-in');

    step('a repeat check-in says when, and does not count twice');
    await checkInByEnter(page, first);
    await confirmation.getByText(new RegExp(`^${first} er allerede sjekket inn kl\\. \\d{2}:\\d{2}\\.$`)).waitFor();
    assert.equal(await page.getByTestId('kiosk-undo').count(), 0, 'nothing to undo after a repeat');

    step('undo a check-in within the seconds offered');
    await checkInByEnter(page, fourth);
    await confirmation.getByText(CONFIRMED(fourth)).waitFor();
    await page.getByTestId('kiosk-undo').click();
    await confirmation.getByText(`Innsjekkingen av ${fourth} er angret.`).waitFor();

    step('a walk-in, with the keyboard alone');
    await page.getByRole('button', { name: 'Registrer deg her' }).click();
    const walkIn = page.getByTestId('walk-in-form');
    await walkIn.getByTestId('consent-text').getByText(/samtykker til/).waitFor();
    await until(page, 'document.activeElement?.labels?.[0]?.textContent === "Fornavn"');
    const started = performance.now();
    await page.keyboard.type('Dawit');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tesfay');
    await page.keyboard.press('Tab');
    await page.keyboard.type('41234567');
    await page.keyboard.press('Tab'); // e-post
    await page.keyboard.press('Tab'); // rolle (Gjest)
    await page.keyboard.press('ArrowLeft'); // Mentor
    await page.keyboard.press('ArrowLeft'); // Deltaker
    await page.keyboard.press('Tab'); // samtykke
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.ok(await walkIn.getByRole('radio', { name: 'Deltaker' }).isChecked(), 'arrow keys chose the role');
    assert.ok(await walkIn.getByRole('checkbox', { name: 'Jeg samtykker' }).isChecked(), 'Space ticked consent');
    assert.ok(await walkIn.getByRole('button', { name: 'Registrer og sjekk inn' }).evaluate((el) => el === el.ownerDocument.activeElement), 'Tab reached the button');
    await axe('kiosk: walk-in form');
    await page.keyboard.press('Enter');
    await confirmation.getByText(/^Velkommen, Dawit Tesfay! Du er registrert og sjekket inn kl\. \d{2}:\d{2}\.$/).waitFor();
    const walkInMs = performance.now() - started;
    console.log(`      walk-in by keyboard alone: ${'Dawit Tesfay 41234567'.length - 2 + 10} keystrokes, ${Math.round(walkInMs)} ms`);

    step('leave the kiosk: a wrong passphrase is refused, the staff passphrase works');
    await page.getByRole('button', { name: 'Avslutt', exact: true }).click();
    const leave = page.getByTestId('kiosk-leave');
    await leave.getByLabel('Passordfrase (ansatt)').fill('ikke riktig passordfrase');
    await leave.getByRole('button', { name: 'Avslutt innsjekking' }).click();
    await leave.getByRole('alert').getByText('Feil passordfrase. Prøv igjen.').waitFor();
    await axe('kiosk: leave dialog');
    await leave.getByLabel('Passordfrase (ansatt)').fill(demo.passphrase);
    await leave.getByRole('button', { name: 'Avslutt innsjekking' }).click();
    await heading1(page, TITLE);
    await until(page, 'document.fullscreenElement === null');
    await page.getByTestId('attended-count').getByText('4', { exact: true }).waitFor();
    const walkedIn = (await api<RosterPerson[]>(host, 'events.roster', { eventId })).find((p) => p.firstName === 'Dawit' && p.lastName === 'Tesfay');
    assert.equal(walkedIn?.status, 'attended', 'the walk-in is checked in');

    step('export an event kit with its own passphrase');
    await page.getByRole('button', { name: 'Eksporter arrangementssett' }).click();
    const exportDialog = page.getByTestId('kit-export');
    await exportDialog.getByLabel('Passordfrase for settet').fill(KIT_PASSPHRASE);
    await exportDialog.getByLabel('Gjenta passordfrasen').fill(KIT_PASSPHRASE);
    await exportDialog.getByText('Passordfrasen er sterk nok.').waitFor();
    await axe('events: export kit');
    await exportDialog.getByRole('button', { name: 'Lagre settet' }).click();
    await exportDialog.getByTestId('kit-exported').getByText(new RegExp(`^Settet er lagret som .+\\.koblekit med ${roster.length + 1} personer\\.$`)).waitFor();
    await exportDialog.getByRole('button', { name: 'Lukk' }).last().click();

    step('a second laptop: open the kit in kit mode, check someone in, leave with the kit passphrase');
    const laptop = await secondLaptop();
    try {
      copyNewestKit(filesDir, laptop.filesDir);
      const other = laptop.page;
      const problems: string[] = [];
      other.on('pageerror', (error) => problems.push(error.message));
      await other.goto(laptop.host.url);
      await heading1(other, 'Velkommen til Koble');
      await other.getByRole('button', { name: 'Velg sett …' }).click();
      const open = other.getByTestId('kit-open');
      await open.getByLabel('Passordfrase for settet').fill('feil passordfrase for settet');
      await open.getByRole('button', { name: 'Åpne og start innsjekking' }).click();
      await open.getByRole('alert').waitFor();
      await open.getByLabel('Passordfrase for settet').fill(KIT_PASSPHRASE);
      await open.getByRole('button', { name: 'Åpne og start innsjekking' }).click();
      await other.getByTestId('kiosk').waitFor();
      await until(other, 'document.fullscreenElement !== null');
      await other.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await other.getByText(/Arrangementssett/).first().waitFor();
      await checkInByEnter(other, fifth);
      await other.getByTestId('kiosk-confirmation').getByText(CONFIRMED(fifth)).waitFor();
      await checkInByEnter(other, sixth);
      await other.getByTestId('kiosk-confirmation').getByText(CONFIRMED(sixth)).waitFor();
      await checkInByEnter(other, first);
      await other.getByTestId('kiosk-confirmation').getByText(new RegExp(`^${first} er allerede sjekket inn kl\\. \\d{2}:\\d{2}\\.$`)).waitFor();
      const kitAxe = await runAxe(other, 'kiosk (kit mode)');
      assert.deepEqual(kitAxe.violations.filter(isSerious), [], 'kit mode: no serious axe violations');
      await other.screenshot({ path: join(import.meta.dirname, '..', '..', '.tmp', 'screens', '72-kit-mode.png'), fullPage: true });
      await other.getByRole('button', { name: 'Avslutt', exact: true }).click();
      await other.getByTestId('kiosk-leave').getByLabel('Passordfrase for settet').fill(KIT_PASSPHRASE);
      await other.getByTestId('kiosk-leave').getByRole('button', { name: 'Avslutt innsjekking' }).click();
      await heading1(other, 'Velkommen til Koble');
      assert.deepEqual(problems, [], 'no page errors on the second laptop');
      copyNewestKit(laptop.filesDir, filesDir);
    } finally {
      await laptop.close();
    }

    step('meanwhile in the programme: one of them cancelled');
    await api(host, 'events.setStatus', { eventId, attendanceIds: [people[5]!.attendanceId], status: 'cancelled' });
    await page.reload();
    await heading1(page, TITLE);

    step('import the kit back: the check-in counts, the conflict is decided, a second import changes nothing');
    await page.getByRole('button', { name: 'Importer arrangementssett' }).click();
    const importDialog = page.getByTestId('kit-import');
    await importDialog.getByLabel('Passordfrase for settet').fill(KIT_PASSPHRASE);
    await importDialog.getByRole('button', { name: 'Importer', exact: true }).click();
    const summary = importDialog.getByTestId('kit-summary');
    await summary.getByText('1 innsjekking lagt inn').waitFor();
    const conflict = importDialog.getByRole('group', { name: sixth });
    await conflict.getByText(/^Sjekket inn kl\. \d{2}:\d{2} med settet, men avmeldt i programmet i mellomtiden\.$/).waitFor();
    await axe('events: kit imported with a conflict');
    await conflict.getByRole('radio', { name: 'Registrer som møtt' }).check();
    await importDialog.getByRole('button', { name: 'Bruk valgene' }).click();
    await summary.getByText('Valgene er lagt inn.').waitFor();
    await importDialog.getByRole('button', { name: 'Lukk' }).last().click();
    await page.getByTestId('attended-count').getByText('6', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Importer arrangementssett' }).click();
    await importDialog.getByLabel('Passordfrase for settet').fill(KIT_PASSPHRASE);
    await importDialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await summary.getByText('0 innsjekkinger lagt inn').waitFor();
    assert.equal(await importDialog.getByRole('radio').count(), 0, 'nothing left to decide');
    await importDialog.getByRole('button', { name: 'Lukk' }).last().click();
    await page.getByTestId('attended-count').getByText('6', { exact: true }).waitFor();
    const after = await api<RosterPerson[]>(host, 'events.roster', { eventId });
    assert.equal(after.find((p) => `${p.firstName} ${p.lastName}` === fifth)?.status, 'attended', 'the kit check-in is merged');
    assert.equal(after.find((p) => `${p.firstName} ${p.lastName}` === sixth)?.status, 'attended', 'the conflict was decided as attended');

    step('the sign-in sheet to print and entering a paper sheet');
    await page.getByRole('button', { name: 'Innsjekkingsliste for utskrift' }).click();
    await heading1(page, 'Innsjekkingsliste');
    const sheet = page.getByTestId('sign-in-sheet');
    await sheet.getByRole('columnheader', { name: 'Signatur' }).waitFor();
    assert.ok((await sheet.getByRole('row').count()) >= after.length + 15, 'a row per person and blank rows for walk-ins');
    await axe('events: sign-in sheet');
    await page.getByRole('button', { name: 'Tilbake til arrangementet' }).click();
    await heading1(page, TITLE);
    await page.getByRole('button', { name: 'Registrer fra papirliste' }).click();
    await heading1(page, 'Registrer fra papirliste');
    const box = page.getByRole('checkbox', { name: `${fourth} møtte` });
    await box.focus();
    await page.keyboard.press('m');
    assert.ok(await box.isChecked(), 'M ticks the box');
    await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
    await page.getByText(/^Lagret: 1 møtt, \d+ ikke møtt\.$/).waitFor();
    await page.getByLabel('Fornavn').fill('Papir');
    await page.getByLabel('Etternavn').fill('Gjest');
    await page.getByRole('button', { name: 'Legg til som møtt' }).click();
    await page.getByText('Papir Gjest er lagt til som møtt.').waitFor();
    await axe('events: paper entry');
    const paper = await api<RosterPerson[]>(host, 'events.roster', { eventId });
    assert.equal(paper.find((p) => p.firstName === 'Papir' && p.lastName === 'Gjest')?.source, 'paper');
    assert.equal(paper.find((p) => p.personKind === 'guest' && p.firstName === 'Papir')?.status, 'attended');
    const paperFourth = paper.find((p) => `${p.firstName} ${p.lastName}` === fourth);
    assert.equal(paperFourth?.status, 'attended', 'ticked on the paper sheet');
    assert.equal(paperFourth?.source, 'paper');

    step("the person panel lists the person's events");
    const firstPerson = paper.find((p) => `${p.firstName} ${p.lastName}` === first && p.personKind === 'participant');
    assert.ok(firstPerson, `${first} is a participant on the roster`);
    await page.evaluate(`window.location.hash = '#/participants/${firstPerson.personId}'`);
    const panel = page.getByTestId('person-panel');
    const section = panel.getByTestId('person-events');
    await section.getByText(/^Arrangementer · møtt \d+ av \d+$/).click();
    await section.getByRole('row', { name: new RegExp(`${TITLE}.*Møtt \\d{2}:\\d{2}`) }).waitFor();
    await axe('person panel: events');

    step('a lock while the kiosk runs (screen lock, suspend, "Lås nå") ends it: the unlock screen, not a kiosk where nothing works');
    await page.evaluate(`window.location.hash = '#/events/${encodeURIComponent(eventId)}'`);
    await heading1(page, TITLE);
    await page.getByRole('button', { name: 'Start innsjekking' }).click();
    await page.getByTestId('kiosk').waitFor();
    await hostPost(host, '/test/lock');
    await heading1(page, 'Lås opp programmet');
    await page.getByText(/^Programmet ble låst\./).waitFor();
    assert.equal(await page.getByTestId('kiosk').count(), 0, 'the kiosk screen is gone');
  },
};
