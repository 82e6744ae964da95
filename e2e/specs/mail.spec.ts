import assert from 'node:assert/strict';
import { startSmtpSink } from '../../main/mail/test/smtp-sink.ts';
import { createProgrammeThroughApi, goTo, heading1 } from '../lib/app.ts';
import { api } from '../lib/events.ts';
import type { Spec } from '../lib/spec.ts';

const COHORT = [
  { firstName: 'Amina', lastName: 'Yusuf', email: 'amina@example.no', consent: true },
  { firstName: 'Bilal', lastName: 'Ahmadi', email: 'bilal@example.no', consent: true },
  { firstName: 'Olena', lastName: 'Kovalenko', email: 'olena@example.no', consent: true },
  { firstName: 'Uten', lastName: 'Samtykke', email: 'uten@example.no', consent: false },
];

/** E-post: the SMTP account in Innstillinger, a template edited and previewed, a cohort invited to an event with progress, the person's history. */
export const mail: Spec = {
  name: 'mail: settings, template editor, event invitation to a cohort over real SMTP',
  timeoutMs: 180_000,
  async run({ page, host, axe, screenshot, step }) {
    await page.setViewportSize({ width: 1366, height: 768 });
    const sink = await startSmtpSink();
    try {
      await createProgrammeThroughApi(host);
      step('a cohort with e-mail (three consent to contact by e-mail) on an event ten days ahead');
      const ids: string[] = [];
      for (const p of COHORT) {
        const { id } = await api<{ id: string }>(host, 'people.create', { firstName: p.firstName, lastName: p.lastName, email: p.email, registeredOn: '2026-01-05' });
        if (p.consent) await api(host, 'consents.record', { personId: id, purpose: 'contact_email', givenOn: '2026-01-05' });
        ids.push(id);
      }
      const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 10 * 86_400_000).toISOString();
      const event = await api<{ id: string }>(host, 'events.create', { kind: 'nettverkstreff', title: 'Nettverkstreff vinter', startsAt, place: 'Skien bibliotek' });
      await api(host, 'events.invite', { eventId: event.id, people: ids.map((id) => ({ kind: 'participant', id })) });

      await page.goto(host.url);
      await heading1(page, 'Oversikt');

      step('the mail account in Innstillinger, and the connection test');
      await goTo(page, 'Innstillinger');
      const settings = page.getByTestId('mail-settings');
      await settings.getByLabel('SMTP-server').fill('127.0.0.1');
      await settings.getByLabel('Port').fill(String(sink.port));
      await settings.getByLabel('Kryptering').selectOption('none');
      await settings.getByLabel('Avsenderadresse').fill('post@kia.example');
      await settings.getByLabel('Avsendernavn').fill('KIA Skien');
      await settings.getByLabel('Høyst e-poster per minutt').fill('600');
      await settings.getByRole('button', { name: 'Lagre' }).click();
      await settings.getByText('Lagret.').waitFor();
      await settings.getByRole('button', { name: 'Test tilkoblingen' }).click();
      await settings.getByText('Tilkoblingen virker (ingen e-post ble sendt).').waitFor();

      step('edit the event invitation template with a merge field and preview it with the real event');
      await goTo(page, 'E-post');
      await page.getByRole('tab', { name: 'Maler' }).click();
      const editor = page.getByRole('tabpanel');
      await editor.getByLabel('Emne').fill('Velkommen på ');
      await editor.getByLabel('Emne').focus();
      await editor.getByRole('button', { name: 'Sett inn Arrangement' }).click();
      const templateEvent = editor.getByLabel('Arrangement', { exact: true });
      await templateEvent.selectOption((await templateEvent.locator('option', { hasText: 'Nettverkstreff vinter' }).getAttribute('value'))!);
      await editor.getByTestId('mail-preview-subject').getByText('Velkommen på Nettverkstreff vinter').waitFor();
      await editor.getByText('3 mottakere får hver sin e-post.').waitFor();
      await editor.getByTestId('mail-skipped').getByText('1 får ingen e-post').waitFor();
      await editor.getByRole('button', { name: 'Lagre' }).click();
      await editor.getByText('Lagret.').waitFor();
      await editor.getByText('Kontorets egen tekst').waitFor();
      await axe('mail (template editor)');
      await screenshot('30-mail-template');

      step('invite the cohort: preview, send with progress');
      await page.getByRole('tab', { name: 'Ny utsending' }).click();
      const compose = page.getByRole('tabpanel');
      const eventSelect = compose.getByLabel('Arrangement', { exact: true });
      const value = await eventSelect.locator('option', { hasText: 'Nettverkstreff vinter' }).getAttribute('value');
      await eventSelect.selectOption(value!);
      await compose.getByTestId('mail-preview-subject').getByText('Velkommen på Nettverkstreff vinter').waitFor();
      await compose.getByText('Kalenderinvitasjon (.ics) ligger ved').waitFor();
      await compose.getByRole('button', { name: 'Send', exact: true }).click();
      const progress = page.getByTestId('mail-send-progress');
      await progress.getByText('Ferdig: 3 av 3 sendt.').waitFor({ timeout: 30_000 });
      await progress.getByText('1 får ingen e-post').click();
      await progress.getByText('Uten Samtykke: har ikke samtykket til kontakt på e-post').waitFor();
      await axe('mail (sent)');
      await screenshot('31-mail-sent');

      step('each consenting person got one e-mail with a calendar invitation; nobody else');
      assert.deepEqual(sink.received.map((m) => m.envelopeTo.join(',')).sort(), ['amina@example.no', 'bilal@example.no', 'olena@example.no']);
      for (const m of sink.received) {
        assert.equal(m.subject, 'Velkommen på Nettverkstreff vinter');
        assert.equal(m.calendarMethod, 'REQUEST');
        assert.match(m.calendar ?? '', /UID:event-.*@koble/);
      }
      assert.equal(sink.countTo('uten@example.no'), 0);

      step('a second send of the same invitation sends nothing new');
      await progress.getByRole('button', { name: 'Lukk' }).click();
      await compose.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByTestId('mail-send-progress').getByText('3 hadde fått den før og fikk den ikke igjen.').waitFor();
      assert.equal(sink.received.length, 3);

      step("the person's message history");
      await page.goto(`${host.origin}/#/participants/${ids[0]}`);
      const history = page.getByTestId('person-messages');
      await history.getByText('E-post · 1').click();
      await history.getByText('Velkommen på Nettverkstreff vinter').waitFor();
      await history.getByText('Sendt', { exact: true }).waitFor();
      await axe('person panel (messages)');
    } finally {
      await sink.close();
    }
  },
};
