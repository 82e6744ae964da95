import { z } from 'zod';
import { conflictPersonKey as personKey } from '../../db/schema/sync.ts';
import type { SqliteDatabase } from '../../db/vault/database.ts';
import { encodeValue, valueSchema } from './entries.ts';
import { parseHlc, type Hlc } from './hlc.ts';

/**
 * The two values of a field both laptops wrote: the one the rule kept and the one it overwrote,
 * with the laptop each came from (the laptop id in the value's clock), so a coordinator can put
 * the other value back by hand. Recorded in `sync_conflicts.detail` (JSON) with the people the
 * row is about; personal data, so it stays in the encrypted programme file (never in logs or
 * change files) and is wiped when one of those people is erased, or left out if one already is.
 */
const side = z.object({ value: valueSchema, laptop: z.string().max(200).nullable() });
export const conflictDetailSchema = z.object({ kept: side, lost: side, people: z.array(z.string().max(200)).max(10) });
export type ConflictDetail = z.infer<typeof conflictDetailSchema>;
export type FieldValues = { kept: { value: unknown; hlc: Hlc | null }; lost: { value: unknown; hlc: Hlc | null } };

/** Rows whose values are secrets rather than programme data: a conflict on them is listed without values. */
const SECRET_ROWS = new Set(['settings ["mail"]']);

/** The people a row is about: itself (a participant or mentor), or its participant_id / mentor_id, or its match's. */
export function peopleOfRow(db: SqliteDatabase, table: string, pk: string): string[] {
  const [id] = JSON.parse(pk) as unknown[];
  if (table === 'participants' || table === 'mentors') return [personKey(table === 'participants' ? 'participant' : 'mentor', String(id))];
  const columns = (db.prepare('select name from pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
  if (!columns.includes('id')) return [];
  const wanted = ['participant_id', 'mentor_id', 'match_id'].filter((c) => columns.includes(c));
  if (wanted.length === 0) return [];
  const row = db.prepare(`select ${wanted.map((c) => `"${c}"`).join(', ')} from "${table.replaceAll('"', '""')}" where id = ?`).get(id) as Record<string, string | null> | undefined;
  if (!row) return [];
  const people: string[] = [];
  if (row.participant_id) people.push(personKey('participant', row.participant_id));
  if (row.mentor_id) people.push(personKey('mentor', row.mentor_id));
  if (row.match_id) people.push(...peopleOfRow(db, 'matches', JSON.stringify([row.match_id])));
  return people;
}

function erased(db: SqliteDatabase, person: string): boolean {
  const [kind, id] = [person.slice(0, person.indexOf(':')), person.slice(person.indexOf(':') + 1)];
  return db.prepare(`select 1 from ${kind === 'participant' ? 'participants' : 'mentors'} where id = ? and erased_at is not null`).get(id) !== undefined;
}

const laptopOf = (hlc: Hlc | null) => (hlc ? parseHlc(hlc).laptopId || null : null);

/** The JSON to record for a decided field, or null when it must not be kept (a secret, or a person already erased). */
export function conflictDetail(db: SqliteDatabase, table: string, pk: string, values: FieldValues | undefined): string | null {
  if (!values || SECRET_ROWS.has(`${table} ${pk}`)) return null;
  const people = peopleOfRow(db, table, pk);
  if (people.some((person) => erased(db, person))) return null;
  const detail: ConflictDetail = {
    kept: { value: encodeValue(values.kept.value), laptop: laptopOf(values.kept.hlc) },
    lost: { value: encodeValue(values.lost.value), laptop: laptopOf(values.lost.hlc) },
    people,
  };
  return JSON.stringify(detail);
}

/** A recorded detail read back for sync.status; anything that does not parse is shown as no values. */
export function readConflictDetail(json: string | null): ConflictDetail | null {
  if (json === null) return null;
  try {
    const parsed = conflictDetailSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
