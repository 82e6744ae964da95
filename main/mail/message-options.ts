import type Mail from 'nodemailer/lib/mailer/index.js';
import type { OutboxRow } from '../../db/schema/index.ts';
import type { InvitePerson } from './calendar-invite.ts';

/** The domain for Message-IDs: the sender's, so servers do not take them for forgeries. */
function domainOf(address: string): string {
  return address.split('@')[1] || 'koble.invalid';
}

/**
 * nodemailer's description of one outbox message. The Message-ID comes from the outbox row, so a
 * message the coordinator chooses to send again carries the same id and mail clients can see it is one.
 * The invitation is a text/calendar; method=REQUEST alternative (how Outlook and Gmail recognise it).
 */
export function messageOptions(row: OutboxRow, from: InvitePerson): Mail.Options {
  return {
    from: { name: from.name, address: from.email },
    to: { name: row.toName ?? '', address: row.toAddress ?? '' },
    subject: row.subject ?? '',
    text: row.body ?? '',
    messageId: `<${row.id}@${domainOf(from.email)}>`,
    date: new Date(row.createdAt),
    ...(row.calendar ? { icalEvent: { method: 'REQUEST', filename: 'invitasjon.ics', content: row.calendar } } : {}),
  };
}
