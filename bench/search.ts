// bench/search: the pipeline grid's list and search as you type over a generated demo programme
// (encrypted, 20,000 people by default), through the API as the renderer calls it.
//   node bench/search.ts [--people 20000] [--rounds 5]
// Prints people.list (today and as of a past date) and the per-keystroke median and p95 for
// typing names letter by letter. Targets: search ≤ 16 ms per keystroke.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createVault } from '../db/vault/vault.ts';
import { createApi } from '../main/api/index.ts';
import { generateDemo } from '../main/demo/index.ts';
import { Session } from '../main/session/session.ts';
import { fakeHost } from '../main/test/test-host.ts';

const { values } = parseArgs({ options: { people: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '5' } } });
const PEOPLE = Number(values.people);
const ROUNDS = Number(values.rounds);
const PASS = 'benk-søk-fjellrev-kanelbolle';

function stats(samples: number[]) {
  const sorted = samples.toSorted((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}
const ms = (n: number) => `${n.toFixed(2)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'koble-bench-search-'));
try {
  const path = join(dir, 'Bench.koble');
  let started = performance.now();
  const { vault, staffId } = await createVault({ path, staffName: 'Benk Koordinator', passphrase: PASS });
  generateDemo(vault.db, { people: PEOPLE, seed: 2026, today: '2026-11-01', staffId });
  vault.close();
  console.log(`demo programme: ${PEOPLE} people generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const session = new Session();
  const api = createApi(fakeHost(dir, { trustsPaths: true }), session);
  const unlocked = await api.call('vault.unlock', { path, passphrase: PASS });
  if (!unlocked.ok) throw new Error(unlocked.error.code);

  const call = async (method: string, input: unknown) => {
    const t = performance.now();
    const reply = await api.call(method, input);
    const elapsed = performance.now() - t;
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}`);
    return { elapsed, value: reply.value };
  };

  const lists: number[] = [];
  const pastLists: number[] = [];
  let rows = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const today = await call('people.list', {});
    lists.push(today.elapsed);
    rows = (today.value as unknown[]).length;
    pastLists.push((await call('people.list', { asOf: '2025-06-30' })).elapsed);
  }
  started = performance.now();
  const json = JSON.stringify((await call('people.list', {})).value);
  const serialise = performance.now() - started;
  console.log(`people.list: ${rows} rows, median ${ms(stats(lists).median)} (first ${ms(lists[0]!)}), as of a past date median ${ms(stats(pastLists).median)}; JSON ${Math.round(json.length / 1024)} KiB in ${ms(serialise)}`);

  const names = ['bjorn', 'oystein', 'olena', 'mohammed', 'yohannes tesfamariam', 'fatima', 'kristiansen', 'abdi', 'ann', 'tesf'];
  const keystrokes: number[] = [];
  const hitsAt: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) {
      for (let i = 1; i <= name.length; i++) {
        const { elapsed, value } = await call('people.search', { query: name.slice(0, i), limit: 20 });
        keystrokes.push(elapsed);
        if (round === 0 && i === name.length) hitsAt.push(`${name}: ${(value as unknown[]).length}`);
      }
    }
  }
  const s = stats(keystrokes);
  console.log(`people.search per keystroke (${s.n} keystrokes, ${names.length} names × ${ROUNDS} rounds): median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}; target ≤ 16 ms`);
  console.log(`hits for the whole name: ${hitsAt.join(', ')}`);
  session.lock();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
