import type { KobleDb } from '../../db/vault/vault.ts';
import { prepared } from '../../db/sqlite-client.ts';
import type { PersonEvents, RosterPersonKind } from './types.ts';

const COLUMN = { participant: 'participant_id', mentor: 'mentor_id', guest: 'guest_id' } as const;

/** A person's events, newest first, and the counts for the person panel. */
export function eventsForPerson(db: KobleDb, kind: RosterPersonKind, personId: string): PersonEvents {
  const rows = prepared(
    db,
    `select e.id as eventId, e.title, e.kind, e.starts_at as startsAt, a.status, a.checked_in_at as checkedInAt
     from attendance a join events e on e.id = a.event_id
     where a.${COLUMN[kind]} = ? order by e.starts_at desc`,
  ).all(personId) as PersonEvents['events'];
  const counts = { invited: rows.length, attended: 0, noShow: 0, cancelled: 0 };
  for (const row of rows) {
    if (row.status === 'attended') counts.attended++;
    else if (row.status === 'no_show') counts.noShow++;
    else if (row.status === 'cancelled') counts.cancelled++;
  }
  return { counts, events: rows };
}
