import { desc, eq } from 'drizzle-orm';
import { matches, mentors, organisations, participants, type Mentor } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { searchTextOf } from '../search/fold.ts';
import { fieldAuditEntries, recordAuditEntries } from './audit-entries.ts';
import { changedFields } from './changed-fields.ts';
import type { MentorChanges, MentorCreate } from './mentor-input.ts';
import { assertReferences } from './reference-checks.ts';
import { sqliteOf } from '../../db/sqlite-client.ts';

export const MENTOR_ENTITY = 'mentors';

/** One row of the mentors grid. */
export type MentorRow = {
  id: string;
  firstName: string;
  lastName: string;
  employerId: string | null;
  employerName: string | null;
  jobTitle: string | null;
  field: string | null;
  capacity: number;
  /** Open matches (proposed, intro meeting, active): what uses the capacity. */
  activeMatches: number;
  availability: string | null;
  active: boolean;
  municipalityNumber: string | null;
  languages: string[];
  email: string | null;
  phone: string | null;
};

const ROWS_SQL = `
with open_matches as (
  -- An erased participant's match does not hold a place (files from before erasure closed matches).
  select mentor_id, count(*) as n from matches
  where status in ('proposed', 'intro_meeting', 'active')
    and participant_id not in (select id from participants where erased_at is not null)
  group by mentor_id
)
select m.id, m.first_name as firstName, m.last_name as lastName, m.organisation_id as employerId, o.name as employerName,
       m.job_title as jobTitle, m.field, m.capacity, coalesce(om.n, 0) as activeMatches, m.availability, m.active,
       m.municipality_number as municipalityNumber, m.languages, m.email, m.phone
from mentors m
left join organisations o on o.id = m.organisation_id
left join open_matches om on om.mentor_id = m.id
where m.erased_at is null and (@id is null or m.id = @id)
order by m.last_name collate nocase, m.first_name collate nocase, m.id`;

type StoredMentorRow = Omit<MentorRow, 'active' | 'languages'> & { active: number; languages: string };

/** The mentors grid in one query: employer, capacity and open matches. */
export function listMentors(db: KobleDb, id: string | null = null): MentorRow[] {
  const rows = sqliteOf(db).prepare(ROWS_SQL).all({ id }) as StoredMentorRow[];
  return rows.map((r) => ({ ...r, active: r.active === 1, languages: parseLanguages(r.languages) }));
}

function parseLanguages(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function requireMentor(db: KobleDb, id: string): Mentor {
  const row = db.select().from(mentors).where(eq(mentors.id, id)).get();
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such mentor', { id });
  return row;
}

/** A mentor's matches with the participant's name, newest first. */
export function mentorMatches(db: KobleDb, mentorId: string) {
  return db
    .select({
      id: matches.id,
      participantId: matches.participantId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      status: matches.status,
      score: matches.score,
      proposedOn: matches.proposedOn,
      startedOn: matches.startedOn,
      plannedEndOn: matches.plannedEndOn,
      endedOn: matches.endedOn,
    })
    .from(matches)
    .innerJoin(participants, eq(participants.id, matches.participantId))
    .where(eq(matches.mentorId, mentorId))
    .orderBy(desc(matches.createdAt))
    .all()
    .map(({ firstName, lastName, ...m }) => ({ ...m, participantName: `${firstName} ${lastName}`.trim() }));
}

export function createMentor(db: KobleDb, input: MentorCreate, staffId: string | null, today: string): string {
  assertReferences(db, input);
  const id = crypto.randomUUID();
  db.transaction((tx) => {
    tx.insert(mentors)
      .values({ ...input, id, lastName: input.lastName ?? '', searchText: searchTextOf(input.firstName, input.lastName), registeredOn: input.registeredOn ?? today })
      .run();
    const fields = Object.keys(input).filter((k) => input[k as keyof MentorCreate] !== undefined);
    recordAuditEntries(tx, [{ staffId, action: 'create', entity: MENTOR_ENTITY, entityId: id, details: { fields } }]);
  });
  return id;
}

export function updateMentor(db: KobleDb, id: string, changes: MentorChanges, staffId: string | null): string[] {
  const current = requireMentor(db, id);
  if (current.erasedAt) throw new KobleError('API_CONFLICT', 'This mentor has been erased and cannot be changed', { id });
  const fields = changedFields(current as MentorChanges, changes);
  if (fields.length === 0) return [];
  const set = Object.fromEntries(fields.map((f) => [f, changes[f]])) as MentorChanges;
  assertReferences(db, set);
  db.transaction((tx) => {
    const result = tx
      .update(mentors)
      .set({ ...set, searchText: searchTextOf(set.firstName ?? current.firstName, set.lastName ?? current.lastName) })
      .where(eq(mentors.id, id))
      .run();
    if (result.changes !== 1) throw new KobleError('API_NOT_FOUND', 'No such mentor', { id });
    recordAuditEntries(tx, fieldAuditEntries(staffId, MENTOR_ENTITY, id, fields));
  });
  return fields;
}

export function organisationName(db: KobleDb, id: string | null): string | null {
  if (!id) return null;
  return db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id)).get()?.name ?? null;
}
