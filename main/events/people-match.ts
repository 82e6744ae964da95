import type { KobleDb } from '../../db/vault/vault.ts';
import { prepared } from '../../db/sqlite-client.ts';
import type { RosterPersonKind } from './types.ts';

export type PersonRef = { kind: RosterPersonKind; id: string; firstName: string; lastName: string };

/** An e-mail address compared without case and surrounding space. */
export function emailKey(email: string | null | undefined): string | null {
  const v = (email ?? '').trim().toLowerCase();
  return v.includes('@') ? `e:${v}` : null;
}

/** A phone number compared by its digits: "+47 912 34 567", "0047 91234567" and "912 34 567" are one number. */
export function phoneKey(phone: string | null | undefined): string | null {
  let digits = (phone ?? '').replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.length === 10 && digits.startsWith('47')) digits = digits.slice(2);
  return digits.length >= 5 ? `p:${digits}` : null;
}

/**
 * Every living participant, mentor and guest by normalised e-mail and phone, read once (a walk-in
 * or a whole kit merge then matches from memory). Erased people are never matched.
 */
export class ContactDirectory {
  private readonly byKey = new Map<string, PersonRef[]>();

  static load(db: KobleDb): ContactDirectory {
    const directory = new ContactDirectory();
    const sql = (table: string, kind: RosterPersonKind) =>
      `select '${kind}' as kind, id, first_name as firstName, last_name as lastName, email, phone from ${table} where erased_at is null and (email is not null or phone is not null)`;
    for (const [table, kind] of [['participants', 'participant'], ['mentors', 'mentor'], ['event_guests', 'guest']] as const) {
      for (const row of prepared(db, sql(table, kind)).all() as (PersonRef & { email: string | null; phone: string | null })[]) {
        directory.add({ kind: row.kind, id: row.id, firstName: row.firstName, lastName: row.lastName }, row.email, row.phone);
      }
    }
    return directory;
  }

  add(person: PersonRef, email: string | null, phone: string | null): void {
    for (const key of [emailKey(email), phoneKey(phone)]) {
      if (!key) continue;
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [person]);
      else if (!list.some((p) => p.kind === person.kind && p.id === person.id)) list.push(person);
    }
  }

  /** Different people with the same e-mail or phone, participants first, then mentors, then guests. */
  find(email: string | null, phone: string | null): PersonRef[] {
    const found: PersonRef[] = [];
    for (const key of [emailKey(email), phoneKey(phone)]) {
      for (const person of key ? (this.byKey.get(key) ?? []) : []) {
        if (!found.some((p) => p.kind === person.kind && p.id === person.id)) found.push(person);
      }
    }
    const order = { participant: 0, mentor: 1, guest: 2 };
    return found.sort((a, b) => order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : 1));
  }
}
