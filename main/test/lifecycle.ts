import { count, eq } from 'drizzle-orm';
import { auditLog, matchExclusions, matches, matchMeetings, participants, placements, stageChanges } from '../../db/schema/index.ts';
import { osloToday } from '../../shared/oslo-day.ts';
import { closingTestProgrammes, type TestProgramme } from './programme.ts';

/** Shared by the lifecycle API tests: demo programmes closed after each test, ready participants, accepted and active matches. */
export type Programme = TestProgramme;

export const today = osloToday();

/** Call once at a test file's top level: every programme made by demoProgramme() is closed after each test. */
export function closeProgrammesAfterEach(): { demoProgramme: () => Promise<Programme> } {
  const programme = closingTestProgrammes();
  return {
    async demoProgramme() {
      const p = await programme();
      await p.call('demo.generate', { people: 150, seed: 7 });
      return p;
    },
  };
}

/** New participants moved to "klar for kobling". */
export async function readyPeople(p: Programme, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await p.call('people.create', {
      firstName: `Kandidat${i}`,
      lastName: 'Test',
      field: 'engineering_technology_it',
      municipalityNumber: '4003',
      languages: ['ar', 'en'],
      norwegianLevel: 'A2',
      educationLevel: 'master',
      registeredOn: '2026-01-05',
    });
    ids.push(id);
  }
  await p.call('pipeline.move', { ids, stage: 'assessed', reason: 'Kartlagt', effectiveOn: '2026-01-10' });
  await p.call('pipeline.move', { ids, stage: 'ready', reason: 'Klar', effectiveOn: '2026-01-20' });
  return ids;
}

/** Everything a refused call must leave as it was. */
export function snapshot(p: Programme) {
  const db = p.db();
  return JSON.stringify({
    matches: db.select().from(matches).orderBy(matches.id).all(),
    exclusions: db.select().from(matchExclusions).orderBy(matchExclusions.id).all(),
    meetings: db.select().from(matchMeetings).orderBy(matchMeetings.id).all(),
    placements: db.select().from(placements).orderBy(placements.id).all(),
    stages: db.select({ id: participants.id, stage: participants.stage, on: participants.stageChangedOn }).from(participants).orderBy(participants.id).all(),
    stageChanges: db.select({ n: count() }).from(stageChanges).get()?.n,
    audit: db.select({ n: count() }).from(auditLog).get()?.n,
  });
}

export const stageOf = (p: Programme, id: string) => p.db().select({ stage: participants.stage }).from(participants).where(eq(participants.id, id)).get()?.stage;
export const matchRow = (p: Programme, id: string) => p.db().select().from(matches).where(eq(matches.id, id)).get()!;

/** A ready participant's best suggestion accepted, with a koblingsmøte today at the office. */
export async function accepted(p: Programme) {
  const [participantId] = await readyPeople(p, 1);
  const [best] = await p.call('matching.suggest', { participantId: participantId!, top: 5 });
  const { matchId } = await p.call('matching.accept', { participantId: participantId!, mentorId: best!.mentorId, introMeetingOn: today, introMeetingPlace: 'Kontoret' });
  return { participantId: participantId!, mentorId: best!.mentorId, matchId, suggestion: best! };
}

export async function activeMatch(p: Programme) {
  const a = await accepted(p);
  await p.call('matching.confirm', { matchId: a.matchId, startOn: today, goals: 'Jobb som ingeniør' });
  return a;
}
