import { matches } from '../../db/schema/index.ts';
import type { testProgramme } from './programme.ts';

type Programme = Awaited<ReturnType<typeof testProgramme>>;

/**
 * A small programme with dated histories, for counts checked by hand (dashboard.test.ts):
 *  A  Vår 2025: registered 01.01, assessed 11.01, ready 31.01, active 01.03, completed 01.09.2025; exit outcome fast jobb (relevant)
 *  B  Vår 2025: registered 01.02, assessed 21.02, ready 03.03, active 20.03, dropped out 01.04.2025; no outcome
 *  C  Høst 2025: registered 01.06, assessed 11.06, ready 01.07.2025; koblingsmøte booked with Kari Berg on 05.12.2025
 *  D  no cohort: registered 01.11.2025
 *  E  Vår 2025: registered 01.01, assessed 31.01, ready 01.02, active 01.03, completed 01.06.2025; exit outcome arbeidssøkende; then erased
 * and one IMDi grant with report deadlines on 20.11.2025 (open), 25.11.2025 (sent), 15.01.2026 and 10.02.2026.
 */
export async function fixedProgramme(p: Programme) {
  const spring = await p.call('cohorts.create', { name: 'Vår 2025', startOn: '2025-01-15', endOn: '2025-09-01' });
  const autumn = await p.call('cohorts.create', { name: 'Høst 2025', startOn: '2025-08-15', endOn: '2026-02-01' });
  const person = async (firstName: string, cohortId: string | null, registeredOn: string) =>
    (await p.call('people.create', { firstName, lastName: 'Testesen', registeredOn, ...(cohortId ? { cohortId } : {}) })).id;
  const move = (id: string, stage: 'assessed' | 'ready' | 'active' | 'completed' | 'dropped_out', effectiveOn: string) =>
    p.call('pipeline.move', { ids: [id], stage, effectiveOn, ...(stage === 'dropped_out' ? { reason: 'Flyttet' } : {}) });

  const a = await person('Amina', spring.id, '2025-01-01');
  for (const [stage, on] of [['assessed', '2025-01-11'], ['ready', '2025-01-31'], ['active', '2025-03-01'], ['completed', '2025-09-01']] as const) await move(a, stage, on);
  await p.call('outcomes.record', { participantId: a, timepoint: 'exit', category: 'fast_relevant', employer: 'Skien Kommune', outcomeOn: '2025-09-01' });

  const b = await person('Bilal', spring.id, '2025-02-01');
  for (const [stage, on] of [['assessed', '2025-02-21'], ['ready', '2025-03-03'], ['active', '2025-03-20'], ['dropped_out', '2025-04-01']] as const) await move(b, stage, on);

  const c = await person('Cyrus', autumn.id, '2025-06-01');
  for (const [stage, on] of [['assessed', '2025-06-11'], ['ready', '2025-07-01']] as const) await move(c, stage, on);
  const mentor = await p.call('mentors.create', { firstName: 'Kari', lastName: 'Berg' });
  p.db().insert(matches).values({ participantId: c, mentorId: mentor.id, status: 'intro_meeting', proposedOn: '2025-11-20', introMeetingAt: '2025-12-05T09:00:00.000Z', introMeetingPlace: 'Kontoret' }).run();

  const d = await person('Dina', null, '2025-11-01');

  const e = await person('Eyerusalem', spring.id, '2025-01-01');
  for (const [stage, on] of [['assessed', '2025-01-31'], ['ready', '2025-02-01'], ['active', '2025-03-01'], ['completed', '2025-06-01']] as const) await move(e, stage, on);
  await p.call('outcomes.record', { participantId: e, timepoint: 'exit', category: 'job_seeking', outcomeOn: '2025-06-01' });
  await p.call('privacy.erase', { personId: e, confirmName: 'Eyerusalem Testesen' });

  const grant = await p.call('grants.create', { funder: 'imdi', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
  const deadlines: Record<string, string> = {};
  for (const dueOn of ['2025-11-20', '2025-11-25', '2026-01-15', '2026-02-10']) {
    const g = await p.call('grants.addDeadline', { grantId: grant.id, kind: 'report', dueOn });
    deadlines[dueOn] = g.deadlines.find((x) => x.dueOn === dueOn)!.id;
  }
  await p.call('grants.completeDeadline', { deadlineId: deadlines['2025-11-25']!, doneOn: '2025-11-24' });
  return { a, b, c, d, e, mentorId: mentor.id, spring, autumn, grant, deadlines };
}
