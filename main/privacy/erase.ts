import { KobleError } from '../../db/errors.ts';
import type { OpenVault } from '../../db/vault/vault.ts';
import { nowIso } from '../../db/schema/columns.ts';
import { erasePersonRows } from './erase-person.ts';
import { nameMatches } from './erasure-rules.ts';
import { findLivingPerson, findPerson, fullName, type PersonKind } from './person.ts';
import { retentionCandidates } from './retention-repository.ts';
import { dueForAnonymisation, type RetentionDue } from './retention-rules.ts';

/**
 * Runs `write` with SQLite's secure_delete on, then checkpoints and truncates the WAL: the
 * removed text is overwritten inside the (encrypted) pages, and old page versions do not linger
 * in the WAL for someone who later holds the key. Automatic backups age out on their own.
 */
function scrubbing<T>(vault: OpenVault, write: () => T): T {
  const previous = vault.sqlite.pragma('secure_delete', { simple: true }) as number;
  vault.sqlite.pragma('secure_delete = ON');
  try {
    const result = write();
    vault.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    vault.sqlite.pragma(`secure_delete = ${previous ? 'ON' : 'OFF'}`);
  }
}

/** What the confirm dialog (and the CLI prompt) shows before an erasure. */
export function erasePreview(vault: OpenVault, personId: string): { personId: string; kind: PersonKind; name: string; erasedAt: string | null } {
  const person = findPerson(vault.db, personId);
  return { personId, kind: person.kind, name: fullName(person.row), erasedAt: person.row.erasedAt };
}

/** Erases one participant or mentor after the user typed their full name. One transaction. */
export function erasePerson(vault: OpenVault, input: { personId: string; confirmName: string }, staffId: string | null, at = nowIso()): { stubId: string } {
  return scrubbing(vault, () =>
    vault.db.transaction(() => {
      const person = findLivingPerson(vault.db, input.personId);
      if (!nameMatches(input.confirmName, fullName(person.row))) {
        throw new KobleError('PRIVACY_NAME_MISMATCH', 'The name typed to confirm is not the person\'s full name');
      }
      erasePersonRows(vault.db, person, staffId, at);
      return { stubId: person.id };
    }),
  );
}

export function dueList(vault: OpenVault, today: string, retentionMonths: number): RetentionDue[] {
  return dueForAnonymisation(retentionCandidates(vault.db), today, retentionMonths);
}

/** Anonymises people due under the retention rule, all in one transaction; refuses anyone not due. */
export function anonymiseDue(vault: OpenVault, personIds: readonly string[], today: string, retentionMonths: number, staffId: string | null, at = nowIso()): { erased: number } {
  const wanted = [...new Set(personIds)];
  return scrubbing(vault, () =>
    vault.db.transaction(() => {
      const due = new Set(dueList(vault, today, retentionMonths).map((d) => d.id));
      const notDue = wanted.filter((id) => !due.has(id));
      if (notDue.length > 0) throw new KobleError('PRIVACY_NOT_DUE', 'Some of these people are not due for anonymisation', { personIds: notDue });
      for (const id of wanted) erasePersonRows(vault.db, findLivingPerson(vault.db, id), staffId, at);
      return { erased: wanted.length };
    }),
  );
}
