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

/** The kit passphrase the event tests use (strong enough for kit.export). */
export const KIT_PASS = 'fire grønne elefanter danser';

/** The API error code a call was refused with ('no error' when it was not), for `expect(...).toBe(code)`. */
export const errorCode = (p: Promise<unknown>) => p.then(() => 'no error', (e: { reply?: { code: string } }) => e.reply?.code ?? String(e));
