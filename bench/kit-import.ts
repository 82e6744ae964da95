// bench/kit-import: merging an event kit with 2,000 check-ins and 200 walk-ins (half of them
// matched by name and phone to people already in the programme) into an encrypted programme of 20,000
// people. Target: ≤ 1 s. Prints the scrypt key derivation (one per kit open) apart from the merge.
//   node bench/kit-import.ts
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attendance, events, participants } from '../db/schema/index.ts';
import { createVault } from '../db/vault/vault.ts';
import { exportKit } from '../main/event-kit/export.ts';
import { openKitFile } from '../main/event-kit/kit-file.ts';
import { mergeKit, readKit } from '../main/event-kit/merge.ts';
import { searchTextOf } from '../main/search/fold.ts';

const PEOPLE = 20_000;
const ROSTER = 2_500;
const CHECK_INS = 2_000;
const WALK_INS = 200;
const PASS = 'fire grønne elefanter danser';
const dir = mkdtempSync(join(tmpdir(), 'koble-bench-kit-'));
try {
  const { vault } = await createVault({ path: join(dir, 'Bench.koble'), staffName: 'Kari', passphrase: PASS });
  const { db } = vault;
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const firstName = `Person${i}`;
      ids.push(db.insert(participants).values({ firstName, lastName: 'Benk', searchText: searchTextOf(firstName, 'Benk'), phone: `9${String(i).padStart(7, '0')}`, stageChangedOn: '2026-01-01', registeredOn: '2026-01-01' }).returning({ id: participants.id }).get().id);
    }
  });
  const eventId = db.insert(events).values({ kind: 'konferanse', title: 'Årskonferanse', startsAt: '2026-09-01T07:00:00.000Z' }).returning({ id: events.id }).get().id;
  db.transaction(() => {
    for (let i = 0; i < ROSTER; i++) db.insert(attendance).values({ eventId, participantId: ids[i]! }).run();
  });
  const path = join(dir, 'Bench.koblekit');
  await exportKit(vault, eventId, path, PASS, null);
  const kit = await openKitFile(path, PASS);
  const rows = kit.db.prepare('select attendance_id as id from roster limit ?').all(CHECK_INS) as { id: string }[];
  const at = '2026-09-01T07:30:00.000Z';
  kit.db.transaction(() => {
    for (const row of rows) kit.db.prepare(`update roster set status = 'attended', checked_in_at = ?, check_in_id = ? where attendance_id = ?`).run(at, randomUUID(), row.id);
    for (let i = 0; i < WALK_INS; i++) {
      // Half are people already in the programme (same name, same phone written with +47), half are new.
      const known = i % 2 === 0;
      const phone = known ? `+47 9${String(ROSTER + i).padStart(7, '0')}` : `4${String(i).padStart(7, '0')}`;
      const [first, last] = known ? [`Person${ROSTER + i}`, 'Benk'] : [`Gjest${i}`, 'Dør'];
      kit.db.prepare(`insert into walk_ins (id, first_name, last_name, email, phone, role, consent_version, consent_at, checked_in_at) values (?, ?, ?, null, ?, 'guest', 'kiosk-2026-01', ?, ?)`).run(randomUUID(), first, last, phone, at, at);
    }
  })();
  kit.close();

  let start = performance.now();
  const contents = await readKit(path, PASS);
  const readMs = performance.now() - start;
  if (process.env.KIT_BENCH_SPLIT) {
    const sp = vault.sqlite;
    sp.exec('begin');
    let t0 = performance.now();
    mergeKit(db, vault.fileId, { ...contents, walkIns: [] }, [], null);
    console.log(`  check-ins only: ${(performance.now() - t0).toFixed(0)} ms`);
    sp.exec('rollback');
    sp.exec('begin');
    t0 = performance.now();
    mergeKit(db, vault.fileId, { ...contents, checkIns: [] }, [], null);
    console.log(`  walk-ins only: ${(performance.now() - t0).toFixed(0)} ms`);
    sp.exec('rollback');
  }
  start = performance.now();
  const summary = mergeKit(db, vault.fileId, contents, [], null);
  const mergeMs = performance.now() - start;
  start = performance.now();
  const again = mergeKit(db, vault.fileId, contents, [], null);
  const againMs = performance.now() - start;
  vault.close();
  console.log(`kit import: ${CHECK_INS.toLocaleString('en')} check-ins, ${WALK_INS} walk-ins into ${PEOPLE.toLocaleString('en')} people (encrypted)`);
  console.log(`  open + read kit (scrypt key derivation included): ${readMs.toFixed(0)} ms`);
  console.log(`  merge: ${mergeMs.toFixed(0)} ms → ${JSON.stringify({ ...summary, conflicts: summary.conflicts.length })}`);
  console.log(`  total: ${(readMs + mergeMs).toFixed(0)} ms (target ≤ 1000 ms), ratio ${((readMs + mergeMs) / 1000).toFixed(2)}`);
  console.log(`  second import (nothing changes): ${againMs.toFixed(0)} ms → unchanged ${again.unchanged}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
