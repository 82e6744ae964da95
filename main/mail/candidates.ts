import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { attendance, consents, eventGuests, mentors, participants } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { CONTACT_PURPOSE, type Candidate, type ConsentFact, type RecipientKind } from './recipients.ts';

export type PersonRef = { personKind: RecipientKind; personId: string };

const TABLES = { participant: participants, mentor: mentors, guest: eventGuests } as const;
const CONSENT_COLUMN = { participant: consents.participantId, mentor: consents.mentorId, guest: consents.guestId } as const;
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The people behind `refs` with their e-mail and contact consents, in the order given; unknown ids are left out. */
export function loadCandidates(db: KobleDb, refs: readonly PersonRef[]): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const kind of ['participant', 'mentor', 'guest'] as const) {
    const ids = [...new Set(refs.filter((r) => r.personKind === kind).map((r) => r.personId))];
    const table = TABLES[kind];
    const column = CONSENT_COLUMN[kind];
    for (const part of chunks(ids)) {
      const people = db.select({ id: table.id, firstName: table.firstName, lastName: table.lastName, email: table.email, erasedAt: table.erasedAt }).from(table).where(inArray(table.id, part)).all();
      const facts = new Map<string, ConsentFact[]>();
      const rows = db
        .select({ owner: column, purpose: consents.purpose, givenOn: consents.givenOn, withdrawnOn: consents.withdrawnOn })
        .from(consents)
        .where(and(inArray(column, part), eq(consents.purpose, CONTACT_PURPOSE), isNotNull(column)))
        .all();
      for (const row of rows) facts.set(row.owner!, [...(facts.get(row.owner!) ?? []), row]);
      for (const p of people) {
        found.set(p.id, { personKind: kind, personId: p.id, firstName: p.firstName, lastName: p.lastName, email: p.email, erased: p.erasedAt !== null, consents: facts.get(p.id) ?? [] });
      }
    }
  }
  return refs.flatMap((r) => found.get(r.personId) ?? []);
}

/** Everyone on an event's roster except those who cancelled (avmeldt). */
export function rosterRefs(db: KobleDb, eventId: string): PersonRef[] {
  return db
    .select({ participantId: attendance.participantId, mentorId: attendance.mentorId, guestId: attendance.guestId })
    .from(attendance)
    .where(and(eq(attendance.eventId, eventId), ne(attendance.status, 'cancelled')))
    .all()
    .map((a) =>
      a.participantId ? { personKind: 'participant' as const, personId: a.participantId } : a.mentorId ? { personKind: 'mentor' as const, personId: a.mentorId } : { personKind: 'guest' as const, personId: a.guestId! },
    );
}

/** Ids given by the caller (participants or mentors); their kind looked up. */
export function refsOfIds(db: KobleDb, ids: readonly string[]): PersonRef[] {
  const kinds = new Map<string, RecipientKind>();
  for (const part of chunks([...new Set(ids)])) {
    for (const p of db.select({ id: participants.id }).from(participants).where(inArray(participants.id, part)).all()) kinds.set(p.id, 'participant');
    for (const m of db.select({ id: mentors.id }).from(mentors).where(inArray(mentors.id, part)).all()) kinds.set(m.id, 'mentor');
  }
  return ids.flatMap((id) => (kinds.has(id) ? [{ personKind: kinds.get(id)!, personId: id }] : []));
}
