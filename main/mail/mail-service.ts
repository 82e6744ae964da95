import { KobleError } from '../../db/errors.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import type { Session } from '../session/session.ts';
import { compose, type PreparedMessage } from './compose.ts';
import { writeDrafts } from './drafts.ts';
import { readMailSettings, requireConfigured, smtpFromUrl, type MailSettings } from './mail-settings.ts';
import { markDraft, outboxRows, queueMessages, requeue } from './outbox-repository.ts';
import type { Skipped } from './recipients.ts';
import type { SendRequest } from './send-request.ts';
import { deliverOverSmtp, type DeliveryResult } from './smtp-delivery.ts';
import { officeOf } from './compose-context.ts';

export type Clock = { today: string; now: string };

export type PreviewMessage = Pick<PreparedMessage, 'personId' | 'personKind' | 'toName' | 'toAddress' | 'subject' | 'body' | 'templateKind'> & { hasCalendar: boolean };

/** What a send would do, with the first messages rendered from real data; nothing is written. */
export function previewSend(db: KobleDb, request: SendRequest, staffId: string | null, clock: Clock, limit = 20): { recipients: number; messages: PreviewMessage[]; skipped: Skipped[] } {
  const { messages, skipped } = compose(db, request, { staffId, ...clock, allocate: false });
  return {
    recipients: messages.length,
    messages: messages.slice(0, limit).map((m) => ({ personId: m.personId, personKind: m.personKind, toName: m.toName, toAddress: m.toAddress, subject: m.subject, body: m.body, templateKind: m.templateKind, hasCalendar: m.calendar !== null })),
    skipped,
  };
}

/** The account to send through: KOBLE_SMTP_URL (CLI) or the programme's settings. */
export function accountFor(db: KobleDb, smtpUrl: string | undefined): MailSettings {
  const stored = readMailSettings(db);
  const settings = smtpUrl ? smtpFromUrl(smtpUrl, stored) : stored;
  requireConfigured(settings);
  return settings;
}

export type SendStart = { jobId: string | null; queued: number; skipped: Skipped[]; alreadySent: number; uncertain: number };

function deliverAsJob(session: Session, ids: string[], settings: MailSettings): string | null {
  if (ids.length === 0) return null;
  const db = session.requireVault().db;
  const from = { name: officeOf(db, session.staffId, settings).organiser.name, email: settings.fromAddress };
  return session.jobs.start('mail.send', async (job) => {
    job.report({ phase: 'sending', done: 0, total: ids.length });
    const result: DeliveryResult = await deliverOverSmtp(db, ids, { settings, from, signal: job.signal, onProgress: (p) => job.report({ phase: 'sending', ...p }) });
    return result;
  }).jobId;
}

/**
 * Writes every message to the outbox (one transaction), then sends the new, queued and failed ones
 * as a job (progress, cancel). Already sent messages are counted, never sent again.
 */
export function startSend(session: Session, request: SendRequest, clock: Clock, smtpUrl: string | undefined): SendStart {
  const db = session.requireVault().db;
  const settings = accountFor(db, smtpUrl);
  const { messages, skipped } = db.transaction(() => compose(db, request, { staffId: session.staffId, ...clock, allocate: true }));
  const queued = queueMessages(db, messages, session.staffId);
  return { jobId: deliverAsJob(session, queued.toDeliver, settings), queued: queued.toDeliver.length, skipped, alreadySent: queued.alreadySent, uncertain: queued.uncertain };
}

/** Sends failed messages again; uncertain ones only when the coordinator chose them (checked the Sent folder). */
export function retryMessages(session: Session, ids: readonly string[], smtpUrl: string | undefined): { jobId: string | null; queued: number } {
  const db = session.requireVault().db;
  const settings = accountFor(db, smtpUrl);
  const again = requeue(db, ids);
  return { jobId: deliverAsJob(session, again, settings), queued: again.length };
}

/** "Lag utkast for Outlook": the messages as .eml drafts in `folder`; they count as made (not sent again by SMTP). */
export async function makeDrafts(db: KobleDb, request: SendRequest, folder: string, staffId: string | null, clock: Clock): Promise<{ written: number; files: string[]; skipped: Skipped[]; alreadySent: number }> {
  const { messages, skipped, office } = db.transaction(() => compose(db, request, { staffId, ...clock, allocate: true }));
  const queued = queueMessages(db, messages, staffId, 'draft');
  const rows = outboxRows(db, queued.toDeliver);
  if (rows.length > 0 && !office.organiser.email) throw new KobleError('MAIL_NOT_CONFIGURED', 'No sender address');
  const files = await writeDrafts(rows, folder, office.organiser);
  markDraft(db, queued.toDeliver, clock.now);
  return { written: files.length, files, skipped, alreadySent: queued.alreadySent };
}
