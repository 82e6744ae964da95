import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { OutboxRow } from '../../db/schema/index.ts';
import type { InvitePerson } from './calendar-invite.ts';
import { messageOptions } from './message-options.ts';

/** A file name from the recipient's name: letters, digits and dashes, unique by the outbox id. */
function fileName(row: OutboxRow): string {
  const base = (row.toName ?? 'mottaker').normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'mottaker';
  return `${base}-${row.id.slice(0, 8)}.eml`;
}

/**
 * "Lag utkast for Outlook": one .eml per message with `X-Unsent: 1`, which Outlook opens as a
 * draft ready to send from the office's own mailbox. Returns the files written.
 */
export async function writeDrafts(rows: readonly OutboxRow[], folder: string, from: InvitePerson): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const row of rows) {
    const options = messageOptions(row, from);
    const eml = await new MailComposer({ ...options, headers: { 'X-Unsent': '1' } }).compile().build();
    const path = join(folder, fileName(row));
    writeFileSync(path, eml);
    written.push(path);
  }
  return written;
}
