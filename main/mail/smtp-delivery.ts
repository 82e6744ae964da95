import nodemailer from 'nodemailer';
import { KobleError } from '../../db/errors.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import type { InvitePerson } from './calendar-invite.ts';
import type { MailSettings } from './mail-settings.ts';
import { messageOptions } from './message-options.ts';
import { claimMessage, markFailed, markSent } from './outbox-repository.ts';

export type DeliveryProgress = { done: number; total: number };
/** A message the server refused (definite) or did not answer for (uncertain), with its words. */
export type DeliveryFailure = { id: string; toName: string | null; toAddress: string | null; error: string; definite: boolean };
export type DeliveryResult = { sent: number; failed: number; uncertain: number; cancelled: number; failures: DeliveryFailure[] };

/** nodemailer's SMTP transport for the office's account (one connection reused for a bulk send). */
export function smtpTransport(settings: MailSettings, timeoutMs = 20_000) {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: 60_000,
    pool: true,
    maxConnections: 1,
  });
}

/** Test tilkoblingen answers within this: a server that does not answer by then is reported as not reachable. */
const VERIFY_TIMEOUT_MS = 8_000;

type SmtpFailure = Error & { code?: string; command?: string; responseCode?: number; response?: string };

/** Commands after which the server cannot have accepted the message: a retry can never send it twice. */
const BEFORE_DATA = new Set(['CONN', 'EHLO', 'HELO', 'STARTTLS', 'AUTH PLAIN', 'AUTH LOGIN', 'AUTH XOAUTH2', 'AUTH CRAM-MD5', 'MAIL FROM', 'RCPT TO', 'API']);

/** The server's error in words, and whether the message certainly did not go out. */
export function describeFailure(error: unknown): { text: string; definite: boolean } {
  const e = error as SmtpFailure;
  const text = (e.response || e.message || String(error)).replace(/\s+/g, ' ').trim();
  const definite = e.responseCode !== undefined ? true : e.command !== undefined ? BEFORE_DATA.has(e.command) : ['ECONNECTION', 'EAUTH', 'ETLS', 'EDNS', 'ESOCKET'].includes(e.code ?? '') && e.command !== 'DATA';
  return { text, definite };
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    if (ms <= 0 || signal.aborted) return done();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });

/**
 * Sends outbox rows one at a time through SMTP, at most `ratePerMinute`. Each row is marked
 * 'sending' before it is handed over and 'sent' after the server's 250, so a crash in between
 * leaves it uncertain rather than sending it twice. Stops between messages when `signal` aborts.
 */
export async function deliverOverSmtp(
  db: KobleDb,
  ids: readonly string[],
  options: { settings: MailSettings; from: InvitePerson; signal: AbortSignal; onProgress?: (p: DeliveryProgress) => void; now?: () => string },
): Promise<DeliveryResult> {
  const now = options.now ?? (() => new Date().toISOString());
  const result: DeliveryResult = { sent: 0, failed: 0, uncertain: 0, cancelled: 0, failures: [] };
  const transport = smtpTransport(options.settings);
  const interval = 60_000 / options.settings.ratePerMinute;
  let last = -Infinity;
  try {
    for (const [index, id] of ids.entries()) {
      await pause(last + interval - Date.now(), options.signal);
      if (options.signal.aborted) {
        result.cancelled = ids.length - index;
        break;
      }
      const row = claimMessage(db, id);
      if (!row) continue;
      last = Date.now();
      try {
        const info = await transport.sendMail(messageOptions(row, options.from));
        markSent(db, id, info.messageId, now());
        result.sent += 1;
      } catch (error) {
        const failure = describeFailure(error);
        markFailed(db, id, failure.text, failure.definite);
        result.failures.push({ id, toName: row.toName, toAddress: row.toAddress, error: failure.text, definite: failure.definite });
        if (failure.definite) result.failed += 1;
        else result.uncertain += 1;
      }
      options.onProgress?.({ done: index + 1, total: ids.length });
    }
  } finally {
    transport.close();
  }
  return result;
}

/** Connects and logs in without sending anything (Innstillinger → Test tilkobling). */
export async function verifySmtp(settings: MailSettings): Promise<{ ok: true } | { ok: false; error: string }> {
  // Without a server nodemailer would try localhost; there is nothing to test yet.
  if (!settings.host) throw new KobleError('MAIL_NOT_CONFIGURED', 'No mail server set', { host: false, fromAddress: Boolean(settings.fromAddress) });
  const transport = smtpTransport(settings, VERIFY_TIMEOUT_MS);
  try {
    await transport.verify();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: describeFailure(error).text };
  } finally {
    transport.close();
  }
}
