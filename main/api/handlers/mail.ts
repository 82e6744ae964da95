import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { osloDate } from '../../../shared/oslo-day.ts';
import { entityId } from '../../people/value-schemas.ts';
import { calendarFile } from '../../mail/calendar-file.ts';
import { makeDrafts, previewSend, retryMessages, startSend } from '../../mail/mail-service.ts';
import { mailSettingsChangeSchema, readMailSettings, smtpFromUrl, viewOf, writeMailSettings } from '../../mail/mail-settings.ts';
import { dueMail } from '../../mail/due-list.ts';
import { messagesOf, troubledMessages } from '../../mail/outbox-repository.ts';
import { sendRequestSchema } from '../../mail/send-request.ts';
import { verifySmtp } from '../../mail/smtp-delivery.ts';
import { listTemplates, resetTemplate, saveTemplate } from '../../mail/template-repository.ts';
import { MAIL_LANGUAGES, TEMPLATE_KINDS } from '../../../shared/mail-templates.ts';
import { method } from '../method.ts';

const clock = () => {
  const now = new Date();
  return { today: osloDate(now), now: now.toISOString() };
};
const kind = z.enum(TEMPLATE_KINDS);
const language = z.enum(MAIL_LANGUAGES);

export const mailHandlers = {
  /** Every template in nb and en: the office's copy where it has one (edited), else Koble's default. */
  'mail.templates': method(z.object({}), (_, { session }) => listTemplates(session.requireVault().db)),

  /** Refused (MAIL_TEMPLATE_INVALID) with an unknown merge field or an empty subject. */
  'mail.saveTemplate': method(z.object({ kind, language, subject: z.string().max(300), body: z.string().max(20_000) }), (input, { session }) =>
    saveTemplate(session.requireVault().db, input, session.staffId),
  ),

  'mail.resetTemplate': method(z.object({ kind, language }), ({ kind, language }, { session }) => resetTemplate(session.requireVault().db, kind, language, session.staffId)),

  /** Who would get what (the first 20 messages rendered from real data) and who is skipped and why; nothing is written. */
  'mail.preview': method(sendRequestSchema, (request, { session }) => previewSend(session.requireVault().db, request, session.staffId, clock())),

  /**
   * Writes the messages to the outbox, then sends as a job (`jobId`, null when nothing is new;
   * jobs.status for progress, jobs.cancel). Already sent messages are counted in `alreadySent`.
   */
  'mail.send': method(sendRequestSchema, (request, { session, host }) => startSend(session, request, clock(), host.smtpUrl)),

  /** Sends failed (or, the coordinator's choice, uncertain) outbox messages again. */
  'mail.retry': method(z.object({ ids: z.array(entityId).min(1).max(20_000) }), ({ ids }, { session, host }) => retryMessages(session, ids, host.smtpUrl)),

  /** "Lag utkast for Outlook": one .eml per recipient in a folder (given by the CLI, chosen in a dialog in the app). */
  'mail.drafts': method(z.object({ request: sendRequestSchema, folder: z.string().min(1).max(4096).optional() }), async ({ request, folder }, { session, host }) => {
    const target = folder ? session.checkPath(folder, host.trustsPaths, 'folder') : await host.chooseFolder?.('drafts', 'Mappe for utkast');
    if (!target) return null;
    return makeDrafts(session.requireVault().db, request, target, session.staffId, clock());
  }),

  /** The .ics of an event or a koblingsmøte, written to `path` (CLI: koble event invite / koble match invite). */
  'mail.calendarFile': method(z.object({ eventId: entityId.optional(), matchId: entityId.optional(), path: z.string().min(1).max(4096) }), ({ eventId, matchId, path }, { session, host }) => {
    if (Boolean(eventId) === Boolean(matchId)) throw new KobleError('API_INVALID_INPUT', 'Give an event or a match');
    const target = session.checkPath(path, host.trustsPaths, 'export');
    const ics = calendarFile(session.requireVault().db, { eventId, matchId }, session.staffId, clock().now);
    writeFileSync(target, ics);
    return { path: target };
  }),

  /** The mail account (never the password: `hasPassword`). */
  'mail.getSettings': method(z.object({}), (_, { session }) => viewOf(readMailSettings(session.requireVault().db))),

  'mail.saveSettings': method(mailSettingsChangeSchema, (change, { session }) => writeMailSettings(session.requireVault().db, change)),

  /** Connects and logs in with the stored account (or KOBLE_SMTP_URL); sends nothing. */
  'mail.testConnection': method(z.object({}), (_, { session, host }) => {
    const stored = readMailSettings(session.requireVault().db);
    return verifySmtp(host.smtpUrl ? smtpFromUrl(host.smtpUrl, stored) : stored);
  }),

  /** A person's messages, newest first (the person panel). */
  'mail.history': method(z.object({ personKind: z.enum(['participant', 'mentor', 'guest']), personId: entityId }), ({ personKind, personId }, { session }) =>
    messagesOf(session.requireVault().db, personKind, personId),
  ),

  /** Failed and uncertain messages, for retry or a decision. */
  'mail.outbox': method(z.object({}), (_, { session }) => troubledMessages(session.requireVault().db)),

  /** "Til utsending": koblingsmøter without an invitation, reminders for events within two days, welcomes, outcome requests; who already has the message is left out. */
  'mail.due': method(z.object({}), (_, { session }) => {
    const { today, now } = clock();
    return dueMail(session.requireVault().db, today, now);
  }),
};
