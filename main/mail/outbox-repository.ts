import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { mailOutbox, type OutboxRow, type OutboxStatus } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import type { PreparedMessage } from './compose.ts';
import type { RecipientKind } from './recipients.ts';

export type QueueResult = {
  /** Outbox rows to hand to the server now: new ones, and earlier ones still queued or failed. */
  toDeliver: string[];
  /** Already sent (or written as a draft) before: nothing new goes out. */
  alreadySent: number;
  /** Handed to the server by a run that stopped before the answer was recorded: never sent again by itself. */
  uncertain: number;
};

const DELIVERABLE: OutboxStatus[] = ['queued', 'failed'];

const personColumn = (kind: RecipientKind) => (kind === 'participant' ? mailOutbox.participantId : kind === 'mentor' ? mailOutbox.mentorId : mailOutbox.guestId);

/**
 * Writes each message to the outbox before anything is sent (one transaction). A message whose
 * idempotency key is there already is not written again.
 */
export function queueMessages(db: KobleDb, messages: readonly PreparedMessage[], staffId: string | null, status: OutboxStatus = 'queued'): QueueResult {
  return db.transaction(() => {
    const result: QueueResult = { toDeliver: [], alreadySent: 0, uncertain: 0 };
    for (const m of messages) {
      const inserted = db
        .insert(mailOutbox)
        .values({
          idempotencyKey: m.key,
          participantId: m.personKind === 'participant' ? m.personId : null,
          mentorId: m.personKind === 'mentor' ? m.personId : null,
          guestId: m.personKind === 'guest' ? m.personId : null,
          templateKind: m.templateKind, language: m.language, eventId: m.eventId, matchId: m.matchId,
          toAddress: m.toAddress, toName: m.toName, subject: m.subject, body: m.body, calendar: m.calendar, status, staffId,
        })
        .onConflictDoNothing()
        .run();
      const row = db.select({ id: mailOutbox.id, status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.idempotencyKey, m.key)).get()!;
      if (inserted.changes === 1 || DELIVERABLE.includes(row.status)) result.toDeliver.push(row.id);
      else if (row.status === 'sending') result.uncertain += 1;
      else result.alreadySent += 1;
    }
    return result;
  });
}

/** Takes a queued or failed message for sending (status → sending); null when someone else took it or it is done. */
export function claimMessage(db: KobleDb, id: string): OutboxRow | null {
  // An erased person's message has no address any more and is never sent.
  const row = db.select().from(mailOutbox).where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, DELIVERABLE), isNotNull(mailOutbox.toAddress))).get();
  if (!row) return null;
  const changed = db.update(mailOutbox).set({ status: 'sending', attempts: row.attempts + 1 }).where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, DELIVERABLE))).run();
  return changed.changes === 1 ? { ...row, status: 'sending', attempts: row.attempts + 1 } : null;
}

export function markSent(db: KobleDb, id: string, messageId: string, at: string): void {
  db.update(mailOutbox).set({ status: 'sent', messageId, sentAt: at, error: null }).where(eq(mailOutbox.id, id)).run();
}

/** `definite`: the server refused or was never reached, so it is safe to retry; else it stays 'sending' (uncertain) with the error. */
export function markFailed(db: KobleDb, id: string, error: string, definite: boolean): void {
  db.update(mailOutbox).set({ status: definite ? 'failed' : 'sending', error: error.slice(0, 1000) }).where(eq(mailOutbox.id, id)).run();
}

export function markDraft(db: KobleDb, ids: readonly string[], at: string): void {
  if (ids.length > 0) db.update(mailOutbox).set({ status: 'draft', sentAt: at, error: null }).where(inArray(mailOutbox.id, [...ids])).run();
}

export function outboxRows(db: KobleDb, ids: readonly string[]): OutboxRow[] {
  return ids.length === 0 ? [] : db.select().from(mailOutbox).where(inArray(mailOutbox.id, [...ids])).all();
}

export type OutboxEntry = Pick<OutboxRow, 'id' | 'templateKind' | 'language' | 'eventId' | 'matchId' | 'toAddress' | 'toName' | 'subject' | 'status' | 'error' | 'attempts' | 'sentAt' | 'createdAt'>;

const entry = {
  id: mailOutbox.id, templateKind: mailOutbox.templateKind, language: mailOutbox.language, eventId: mailOutbox.eventId, matchId: mailOutbox.matchId,
  toAddress: mailOutbox.toAddress, toName: mailOutbox.toName, subject: mailOutbox.subject, status: mailOutbox.status, error: mailOutbox.error,
  attempts: mailOutbox.attempts, sentAt: mailOutbox.sentAt, createdAt: mailOutbox.createdAt,
};

/** A person's messages, newest first (the person panel; innsyn adds the bodies). */
export function messagesOf(db: KobleDb, kind: RecipientKind, personId: string): OutboxEntry[] {
  return db.select(entry).from(mailOutbox).where(eq(personColumn(kind), personId)).orderBy(desc(mailOutbox.createdAt)).all();
}

/** Messages needing attention: failed (retry) and uncertain (check the Sent folder), newest first. */
export function troubledMessages(db: KobleDb, limit = 500): OutboxEntry[] {
  return db.select(entry).from(mailOutbox).where(or(eq(mailOutbox.status, 'failed'), eq(mailOutbox.status, 'sending'))).orderBy(desc(mailOutbox.createdAt)).limit(limit).all();
}

/** The coordinator decided: send these failed or uncertain messages again (uncertain ones back to queued). */
export function requeue(db: KobleDb, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  db.update(mailOutbox).set({ status: 'queued' }).where(and(inArray(mailOutbox.id, [...ids]), inArray(mailOutbox.status, ['failed', 'sending']))).run();
  return db.select({ id: mailOutbox.id }).from(mailOutbox).where(and(inArray(mailOutbox.id, [...ids]), eq(mailOutbox.status, 'queued'))).all().map((r) => r.id);
}
