import { sqliteOf } from '../../db/sqlite-client.ts';
import { testProgramme } from './programme.ts';
import type { Draft } from '../matching/plan-job/draft.ts';

export type Programme = Awaited<ReturnType<typeof testProgramme>>;

/** The demo programme (150 people) in a real encrypted file, for the plan tests. */
export async function demoProgramme(): Promise<Programme> {
  const p = await testProgramme();
  await p.call('demo.generate', { people: 150, seed: 11 });
  return p;
}

/** New participants in a new cohort, moved to "klar for kobling". */
export async function readyCohort(p: Programme, n: number, name = 'Kohort vår 2027') {
  const cohort = await p.call('cohorts.create', { name, startOn: '2027-01-10', endOn: '2027-06-30' });
  const fields = ['engineering_technology_it', 'medicine_health', 'economics_administration'];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await p.call('people.create', {
      firstName: `Deltaker${i}`,
      lastName: 'Plan',
      field: fields[i % fields.length],
      municipalityNumber: '4003',
      languages: ['ar', 'en'],
      norwegianLevel: 'A2',
      educationLevel: 'master',
      cohortId: cohort.id,
      registeredOn: '2026-01-05',
    });
    ids.push(id);
  }
  await p.call('pipeline.move', { ids, stage: 'assessed', reason: 'Kartlagt', effectiveOn: '2026-01-10' });
  await p.call('pipeline.move', { ids, stage: 'ready', reason: 'Klar', effectiveOn: '2026-01-20' });
  return { cohortId: cohort.id, ids };
}

/** Every table's row count and the audit log: what "writes nothing" compares. */
export function snapshot(p: Programme): Record<string, number> {
  const sqlite = sqliteOf(p.db());
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
}

/** Starts a plan through the API and waits for the job; the phases seen while polling and the final status. */
export async function runPlan(p: Programme, input: Parameters<typeof p.call<'matching.startPlan'>>[1]) {
  const { jobId } = await p.call('matching.startPlan', input);
  const phases: string[] = [];
  for (;;) {
    const status = await p.call('jobs.status', { jobId });
    if (phases.at(-1) !== status.phase) phases.push(status.phase);
    if (status.state !== 'running') return { jobId, status, phases, draft: status.state === 'done' ? await p.call('matching.planResult', { jobId }) : (null as Draft | null) };
    await new Promise((done) => setTimeout(done, 2));
  }
}
