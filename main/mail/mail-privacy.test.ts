import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema/index.ts';
import { closingTestProgrammes } from '../test/programme.ts';
import { invitedRoster } from './test/mail-fixtures.ts';
import { startSmtpSink } from './test/smtp-sink.ts';

const programme = closingTestProgrammes();
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(() => sink.close());

it('innsyn holds the messages sent to a person; erasure removes their address and contents and nothing more goes to them', async () => {
  const t = await programme();
  const r = await invitedRoster(t, sink.port, 2);
  const [personId] = r.withConsent;
  const started = await t.call('mail.send', { template: 'event-invitation', eventId: r.event.id });
  await t.session.jobs.wait(started.jobId!);

  const exported = await t.call('privacy.exportPerson', { personId: personId!, format: 'json', targetDir: t.dir });
  const innsyn = JSON.parse(readFileSync(exported!.path, 'utf8')) as { messages: Record<string, unknown>[] };
  expect(innsyn.messages).toEqual([expect.objectContaining({ templateKind: 'event-invitation', toAddress: 'd1@example.no', subject: 'Invitasjon: Nettverkstreff høst', status: 'sent', body: expect.stringContaining('Hei Deltaker1') })]);

  await t.call('privacy.erase', { personId: personId!, confirmName: 'Deltaker1 Hansen' });
  const rows = t.db().select().from(mailOutbox).all().filter((m) => m.participantId === personId);
  expect(rows).toEqual([expect.objectContaining({ toAddress: null, toName: null, subject: null, body: null, calendar: null, status: 'sent', templateKind: 'event-invitation' })]);
  expect(JSON.stringify(t.db().select().from(mailOutbox).all())).not.toContain('d1@example.no');

  const reminder = await t.call('mail.send', { template: 'event-reminder', eventId: r.event.id });
  expect(reminder.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ personId, reason: 'erased' })]));
  await t.session.jobs.wait(reminder.jobId!);
  expect(sink.countTo('d1@example.no')).toBe(1);
  expect(sink.countTo('d2@example.no')).toBe(2);
});
