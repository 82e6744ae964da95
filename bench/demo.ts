/**
 * Times the demo generator on a plain temp database and prints the figure:
 *   node bench/demo.ts [people=20000] [seed=1]
 */
import { generateDemo } from '../main/demo/index.ts';
import { openTestDb, TEST_STAFF_ID } from '../main/test/plain-db.ts';

/** The demo's history ends on this pinned day, so the timing compares across runs and dates. */
const PINNED_DAY = '2026-03-01';
const people = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? 1);
const t = openTestDb();
try {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const summary = generateDemo(t.db, { people, seed, today: PINNED_DAY, staffId: TEST_STAFF_ID });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const rows = Object.entries(summary).reduce((n, [key, value]) => (typeof value === 'number' && !['seed', 'people'].includes(key) ? n + value : n), 0);
  console.log(`demo: ${people} people, ${rows} rows in ${(wall / 1000).toFixed(2)} s (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s)`);
  console.log(JSON.stringify(summary));
} finally {
  t.close();
}
