import type { EducationLevel, Gender, MatchExclusionKind, MentorGenderPreference, NorwegianLevel } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { MentorIndex } from './score.ts';
import type { MentorFacts, ParticipantFacts } from './types.ts';

/** What matching reads about participants and mentors, in a few statements (no N+1). */

function jsonList(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

type ParticipantRow = {
  id: string;
  firstName: string;
  lastName: string;
  field: string | null;
  desiredOccupation: string | null;
  educationLevel: EducationLevel | null;
  norwegianLevel: NorwegianLevel | null;
  languages: string | null;
  municipalityNumber: string | null;
  mentorGenderPreference: MentorGenderPreference | null;
  interests: string | null;
  stage: string;
  cohortId: string | null;
  erasedAt: string | null;
  openMatches: number;
};

export type MatchingParticipant = ParticipantFacts & { name: string; stage: string; cohortId: string | null; erased: boolean; openMatches: number };

const OPEN = `'proposed', 'intro_meeting', 'active'`;

const PARTICIPANT_SQL = `
select p.id, p.first_name as firstName, p.last_name as lastName, p.field, p.desired_occupation as desiredOccupation,
       p.education_level as educationLevel, p.norwegian_level as norwegianLevel, p.languages,
       p.municipality_number as municipalityNumber, p.mentor_gender_preference as mentorGenderPreference, p.interests,
       p.stage, p.cohort_id as cohortId, p.erased_at as erasedAt,
       (select count(*) from matches x where x.participant_id = p.id and x.status in (${OPEN})) as openMatches
from participants p`;

function toParticipant(r: ParticipantRow): MatchingParticipant {
  return {
    id: r.id,
    name: `${r.firstName} ${r.lastName}`.trim(),
    field: r.field,
    desiredOccupation: r.desiredOccupation,
    educationLevel: r.educationLevel,
    norwegianLevel: r.norwegianLevel,
    languages: jsonList(r.languages),
    municipalityNumber: r.municipalityNumber,
    mentorGenderPreference: r.mentorGenderPreference,
    interests: jsonList(r.interests),
    stage: r.stage,
    cohortId: r.cohortId,
    erased: r.erasedAt !== null,
    openMatches: r.openMatches,
  };
}

export function participantFacts(db: KobleDb, id: string): MatchingParticipant | undefined {
  const row = prepared(db, `${PARTICIPANT_SQL} where p.id = ?`).get(id) as ParticipantRow | undefined;
  return row ? toParticipant(row) : undefined;
}

/** The participants of a cohort at the given stages, not erased. */
export function cohortParticipants(db: KobleDb, cohortId: string, stages: readonly string[]): MatchingParticipant[] {
  const rows = prepared(db, `${PARTICIPANT_SQL} where p.cohort_id = ? and p.erased_at is null and p.stage in (select value from json_each(?)) order by p.last_name collate nocase, p.first_name collate nocase, p.id`).all(
    cohortId,
    JSON.stringify(stages),
  ) as ParticipantRow[];
  return rows.map(toParticipant);
}

type MentorRow = {
  id: string;
  firstName: string;
  lastName: string;
  field: string | null;
  jobTitle: string | null;
  educationLevel: EducationLevel | null;
  languages: string | null;
  municipalityNumber: string | null;
  gender: Gender;
  capacity: number;
  active: number;
  availability: string | null;
  organisationId: string | null;
};

export type MatchingMentor = MentorFacts & { name: string };

/**
 * Every mentor that is not erased, with the open matches using the capacity and the employer.
 * Inactive and full mentors are included (the criteria and exclusions say why they are out);
 * `onlyAvailable` leaves them out, for the whole-cohort plan and for speed. Ordered by id.
 * Three plain statements joined here (mentors, open matches per mentor, employers): for 20,000
 * mentors this takes a third of one statement with the joins and an ORDER BY.
 */
export function mentorFacts(db: KobleDb, options: { onlyAvailable?: boolean; id?: string } = {}): MatchingMentor[] {
  const one = options.id !== undefined;
  const sql = `
select m.id, m.first_name as firstName, m.last_name as lastName, m.field, m.job_title as jobTitle, m.education_level as educationLevel,
       m.languages, m.municipality_number as municipalityNumber, m.gender, m.capacity, m.active, m.availability, m.organisation_id as organisationId
from mentors m
where m.erased_at is null ${options.onlyAvailable ? 'and m.active = 1' : ''} ${one ? 'and m.id = ?' : ''}`;
  const rows = (one ? prepared(db, sql).all(options.id) : prepared(db, sql).all()) as MentorRow[];
  // An erased participant's match never takes a place, even in a file erased before erasure closed it.
  const openSql = `select x.mentor_id as id, count(*) as n from matches x
    where x.status in (${OPEN}) ${one ? 'and x.mentor_id = ?' : ''}
      and not exists (select 1 from participants p where p.id = x.participant_id and p.erased_at is not null)
    group by x.mentor_id`;
  const openRows = (one ? prepared(db, openSql).all(options.id) : prepared(db, openSql).all()) as { id: string; n: number }[];
  const open = new Map(openRows.map((r) => [r.id, r.n]));
  const employers = new Map<string, { name: string; sector: string | null } | null>();
  const employer = prepared(db, 'select name, sector from organisations where id = ?');
  const employerOf = (id: string | null) => {
    if (id === null) return null;
    let found = employers.get(id);
    if (found === undefined) {
      found = (employer.get(id) as { name: string; sector: string | null } | undefined) ?? null;
      employers.set(id, found);
    }
    return found;
  };
  const mentors: MatchingMentor[] = [];
  for (const r of rows) {
    const openMatches = open.get(r.id) ?? 0;
    if (options.onlyAvailable && r.capacity <= openMatches) continue;
    const org = employerOf(r.organisationId);
    mentors.push({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`.trim(),
      field: r.field,
      jobTitle: r.jobTitle,
      educationLevel: r.educationLevel,
      languages: jsonList(r.languages),
      municipalityNumber: r.municipalityNumber,
      gender: r.gender,
      capacity: r.capacity,
      openMatches,
      active: r.active === 1,
      availability: r.availability,
      employerName: org?.name ?? null,
      employerSector: org?.sector ?? null,
    });
  }
  // By id, as SQLite's binary order would give (the ids are ASCII), without a temporary B-tree.
  return mentors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

type MentorCache = { stamp: string; mentors: MatchingMentor[]; index: MentorIndex };
const availableCache = new WeakMap<KobleDb, MentorCache>();

/**
 * The available mentors (active, a free place, not erased) and their MentorIndex, kept per open
 * programme between calls while nothing has been written: the stamp is this connection's
 * total_changes() (every insert, update and delete it made, triggers included) and SQLite's
 * data_version (commits by any other connection). Suggestions for one participant after another
 * then skip re-reading 20,000 mentors. Read-only: callers must not change the objects.
 */
export function availableMentors(db: KobleDb): { mentors: readonly MatchingMentor[]; index: MentorIndex } {
  const { changes, version } = prepared(db, 'select total_changes() as changes, (select data_version from pragma_data_version) as version').get() as { changes: number; version: number };
  const stamp = `${changes}:${version}`;
  const cached = availableCache.get(db);
  if (cached?.stamp === stamp) return cached;
  const mentors = mentorFacts(db, { onlyAvailable: true });
  const fresh = { stamp, mentors, index: new MentorIndex(mentors) };
  availableCache.set(db, fresh);
  return fresh;
}

/** match_exclusions for some participants: "participantId mentorId" → kind. */
export function exclusionsFor(db: KobleDb, participantIds: readonly string[]): Map<string, MatchExclusionKind> {
  const rows = prepared(db, 'select participant_id as p, mentor_id as m, kind from match_exclusions where participant_id in (select value from json_each(?))').all(
    JSON.stringify(participantIds),
  ) as { p: string; m: string; kind: MatchExclusionKind }[];
  return new Map(rows.map((r) => [pairKey(r.p, r.m), r.kind]));
}

export function pairKey(participantId: string, mentorId: string): string {
  return `${participantId} ${mentorId}`;
}
