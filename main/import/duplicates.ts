import { isNull } from 'drizzle-orm';
import { mentors, participants } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { foldName } from '../reference/fold.ts';
import { normaliseEmail, normalisePhone } from './normalise/contact.ts';
import type { HeaderColumn } from './header-map.ts';
import type { ImportRecord } from './record.ts';
import type { ImportKind, RowProblem } from './types.ts';

export type DuplicateMatch = 'email' | 'phone' | 'name_birth_year';

/** Someone already in the programme, as far as duplicate checks need. */
export type ExistingPerson = { id: string; firstName: string; lastName: string; email: string | null; phone: string | null; birthYear: number | null };

type Keyed = { email: string | null; phone: string | null; nameYear: string | null };

/** Keys of a person; `normalise` for people already stored (their e-mail and phone may be written any way). */
function keysOf(person: { firstName: string; lastName: string; email: string | null; phone: string | null; birthYear: number | null }, normalise: boolean): Keyed {
  if (!normalise) {
    const name = person.birthYear === null ? '' : foldName(`${person.firstName} ${person.lastName}`);
    return { email: person.email?.toLowerCase() ?? null, phone: person.phone, nameYear: name ? `${name}|${person.birthYear}` : null };
  }
  const email = person.email ? normaliseEmail(person.email) : null;
  const phone = person.phone ? normalisePhone(person.phone) : null;
  const name = foldName(`${person.firstName} ${person.lastName}`);
  return {
    email: email?.ok && email.value ? email.value.toLowerCase() : (person.email?.trim().toLowerCase() ?? null),
    phone: phone?.ok ? phone.value : (person.phone ?? null),
    nameYear: name && person.birthYear !== null ? `${name}|${person.birthYear}` : null,
  };
}

/** Participants (or mentors) in the programme that are not erased. */
export function existingPeople(db: KobleDb, kind: ImportKind): ExistingPerson[] {
  const table = kind === 'participants' ? participants : mentors;
  return db
    .select({ id: table.id, firstName: table.firstName, lastName: table.lastName, email: table.email, phone: table.phone, birthYear: table.birthYear })
    .from(table)
    .where(isNull(table.erasedAt))
    .all();
}

const MATCHES: DuplicateMatch[] = ['email', 'phone', 'name_birth_year'];
const keyOf = (keys: Keyed, match: DuplicateMatch) => (match === 'email' ? keys.email : match === 'phone' ? keys.phone : keys.nameYear);

/**
 * Rows that repeat an earlier row of the file, or a person already in the programme: the same
 * e-mail, or the same phone, or the same name and birth year. Each problem names the row or the
 * person it repeats (params.otherRow / params.personId and params.name).
 */
export function findDuplicates(records: readonly ImportRecord[], existing: readonly ExistingPerson[], columns: readonly HeaderColumn[]): RowProblem[] {
  const header = (field: string) => columns.find((c) => c.field === field)?.header ?? '';
  const columnOf: Record<DuplicateMatch, string> = {
    email: header('email'),
    phone: header('phone'),
    name_birth_year: header('fullName') || header('lastName') || header('firstName'),
  };
  const inProgramme = new Map<string, ExistingPerson>();
  for (const person of existing) {
    const keys = keysOf(person, true);
    for (const match of MATCHES) {
      const key = keyOf(keys, match);
      if (key && !inProgramme.has(`${match}:${key}`)) inProgramme.set(`${match}:${key}`, person);
    }
  }
  const inFile = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const record of records) {
    const keys = keysOf(record, false);
    let reported = false;
    for (const match of MATCHES) {
      const key = keyOf(keys, match);
      if (!key) continue;
      const person = inProgramme.get(`${match}:${key}`);
      const otherRow = inFile.get(`${match}:${key}`);
      if (!reported && person) {
        problems.push({
          row: record.row,
          column: columnOf[match],
          code: 'DUPLICATE_IN_PROGRAMME',
          params: { match, personId: person.id, name: `${person.firstName} ${person.lastName}`.trim() },
        });
        reported = true;
      } else if (!reported && otherRow !== undefined) {
        problems.push({ row: record.row, column: columnOf[match], code: 'DUPLICATE_IN_FILE', params: { match, otherRow } });
        reported = true;
      }
      if (otherRow === undefined) inFile.set(`${match}:${key}`, record.row);
    }
  }
  problems.push(...possibleDuplicates(records, existing, columnOf.name_birth_year, new Set(problems.map((p) => p.row))));
  return problems;
}

/**
 * Rows with a name and nothing else to tell people apart (no e-mail, phone or birth year) whose
 * name is already in the programme or on an earlier row: "possible duplicate (same name, no
 * contact details)", for the user to decide, so re-importing a names-only list does not silently
 * double everyone.
 */
function possibleDuplicates(records: readonly ImportRecord[], existing: readonly ExistingPerson[], column: string, reported: Set<number>): RowProblem[] {
  const byName = new Map<string, ExistingPerson>();
  for (const person of existing) {
    const name = foldName(`${person.firstName} ${person.lastName}`);
    if (name && !byName.has(name)) byName.set(name, person);
  }
  const earlier = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const record of records) {
    if (record.email || record.phone || record.birthYear !== null || reported.has(record.row)) continue;
    const name = foldName(`${record.firstName} ${record.lastName}`);
    if (!name) continue;
    const person = byName.get(name);
    const otherRow = earlier.get(name);
    if (person) problems.push({ row: record.row, column, code: 'POSSIBLE_DUPLICATE', params: { match: 'programme', personId: person.id, name: `${person.firstName} ${person.lastName}`.trim() } });
    else if (otherRow !== undefined) problems.push({ row: record.row, column, code: 'POSSIBLE_DUPLICATE', params: { match: 'file', otherRow } });
    if (otherRow === undefined) earlier.set(name, record.row);
  }
  return problems;
}
