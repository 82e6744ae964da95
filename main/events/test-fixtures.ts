import { cohorts, mentors, participants } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { searchTextOf } from '../search/fold.ts';

export type Person = { firstName: string; lastName: string; email?: string | null; phone?: string | null; birthYear?: number | null; municipalityNumber?: string | null; stage?: 'registered' | 'ready' | 'active'; cohortId?: string | null };

/** Participants written straight into a test programme (the people API is tested elsewhere); returns their ids. */
export function addParticipants(db: KobleDb, people: readonly Person[]): string[] {
  return db.transaction(() =>
    people.map(
      (p) =>
        db
          .insert(participants)
          .values({
            firstName: p.firstName,
            lastName: p.lastName,
            searchText: searchTextOf(p.firstName, p.lastName),
            email: p.email ?? null,
            phone: p.phone ?? null,
            birthYear: p.birthYear ?? null,
            municipalityNumber: p.municipalityNumber ?? null,
            stage: p.stage ?? 'registered',
            cohortId: p.cohortId ?? null,
            stageChangedOn: '2026-01-05',
            registeredOn: '2026-01-05',
          })
          .returning({ id: participants.id })
          .get().id,
    ),
  );
}

export function addMentors(db: KobleDb, people: readonly Person[]): string[] {
  return people.map(
    (p) =>
      db
        .insert(mentors)
        .values({ firstName: p.firstName, lastName: p.lastName, searchText: searchTextOf(p.firstName, p.lastName), email: p.email ?? null, phone: p.phone ?? null, registeredOn: '2026-01-05' })
        .returning({ id: mentors.id })
        .get().id,
  );
}

export function addCohort(db: KobleDb, name: string): string {
  return db.insert(cohorts).values({ name }).returning({ id: cohorts.id }).get().id;
}
