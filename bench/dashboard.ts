/**
 * Times dashboard.summary, outcomes.due, hours.totals and grants.list on a generated demo programme:
 *   node bench/dashboard.ts [people=20000]
 */
import { generateDemo } from '../main/demo/index.ts';
import { openTestDb, TEST_STAFF_ID } from '../main/test/plain-db.ts';
import { listGrants } from '../main/grants/grant-repository.ts';
import { hoursTotals } from '../main/hours/hours-repository.ts';
import { dueOutcomes } from '../main/outcomes/outcome-repository.ts';
import { dashboardSummary } from '../main/dashboard/summary.ts';

const people = Number(process.argv[2] ?? 20_000);
/** The timing runs on a pinned day so its figures compare across runs and dates: the demo's history ends here. */
const PINNED_DAY = '2026-03-01';
const t = openTestDb();
try {
  generateDemo(t.db, { people, seed: 1, today: PINNED_DAY, staffId: TEST_STAFF_ID });
  const time = (name: string, run: () => unknown) => {
    run(); // warm the statement cache
    const started = performance.now();
    const result = run();
    console.log(`${name}: ${(performance.now() - started).toFixed(0)} ms`);
    return result;
  };
  const s = time('dashboard.summary', () => dashboardSummary(t.db, PINNED_DAY)) as ReturnType<typeof dashboardSummary>;
  time('outcomes.due', () => dueOutcomes(t.db, PINNED_DAY));
  time('hours.totals (a year)', () => hoursTotals(t.db, { from: '2025-01-01', to: '2025-12-31' }));
  time('grants.list', () => listGrants(t.db));
  console.log(`${people} people: funnel ${s.funnel.map((f) => f.count).join('/')}, follow-ups due ${s.followUpsDue.length}, koblingsmøter ${s.introMeetingsDue.length}, deadlines ${s.deadlines.length}`);
} finally {
  t.close();
}
