// bench/sync: change files between two laptops sharing one encrypted programme (main/sync).
// For 1,000 and 50,000 changed participants (two fields each): the cost of capture on the
// write (against the same update on an unshared copy), the push (stamp + seal) and its file
// size, and the pull (decrypt + apply in one transaction) on the other laptop. For scale, the
// same update recorded by SQLite's own session extension in node:sqlite (plain, in memory:
// the engine issue 16 asked about, which Koble's cipher build lacks; docs/sync.md).
//   node bench/sync.ts
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { participants } from '../db/schema/index.ts';
import { ensureIdentity } from '../db/vault/laptop-identity.ts';
import { keysPathFor } from '../db/vault/keyslots.ts';
import { createVault, unlockWithPassphrase, type OpenVault } from '../db/vault/vault.ts';
import { pullChanges } from '../main/sync/pull.ts';
import { pushChanges } from '../main/sync/push.ts';

const PASS = 'fire grønne elefanter danser';
const ms = (start: number) => Math.round(performance.now() - start);

function updateAll(vault: OpenVault, n: number): number {
  const start = performance.now();
  vault.sqlite.transaction(() => {
    vault.sqlite.prepare(`update participants set notes = 'Endret ' || id, next_action = 'Ring' where id in (select id from participants order by id limit ?)`).run(n);
  })();
  return ms(start);
}

function sessionReference(n: number): { bytes: number; applyMs: number } {
  const make = () => {
    const db = new DatabaseSync(':memory:');
    db.exec(`create table participants (id text primary key, first_name text, last_name text, email text, phone text, notes text, next_action text, stage text, registered_on text)`);
    const insert = db.prepare(`insert into participants values (?, ?, 'Benk', ?, ?, null, null, 'registered', '2026-01-01')`);
    db.exec('begin');
    for (let i = 0; i < n; i++) insert.run(`p${String(i).padStart(6, '0')}`, `Person${i}`, `p${i}@example.no`, `9${String(i).padStart(7, '0')}`);
    db.exec('commit');
    return db;
  };
  const a = make();
  const b = make();
  const session = a.createSession();
  a.exec(`update participants set notes = 'Endret ' || id, next_action = 'Ring'`);
  const changeset = session.changeset();
  const start = performance.now();
  b.exec('begin');
  b.applyChangeset(changeset);
  b.exec('commit');
  return { bytes: changeset.length, applyMs: ms(start) };
}

for (const n of [1_000, 50_000]) {
  const dir = mkdtempSync(join(tmpdir(), 'koble-bench-sync-'));
  try {
    const folder = join(dir, 'delt');
    mkdirSync(folder);
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'plain'));
    const pathA = join(dir, 'Bench.koble');
    const { vault: made } = await createVault({ path: pathA, staffName: 'Kari', passphrase: PASS });
    made.db.transaction((tx) => {
      for (let i = 0; i < n; i++) tx.insert(participants).values({ firstName: `Person${i}`, lastName: 'Benk', email: `p${i}@example.no`, phone: `9${String(i).padStart(7, '0')}`, stageChangedOn: '2026-01-01', registeredOn: '2026-01-01' }).run();
    });
    made.close();
    // An unshared copy for the baseline write, then sharing on, then B as a copy of A.
    copyFileSync(pathA, join(dir, 'plain', 'Bench.koble'));
    copyFileSync(keysPathFor(pathA), keysPathFor(join(dir, 'plain', 'Bench.koble')));
    const a = await unlockWithPassphrase(pathA, PASS);
    ensureIdentity(a.sqlite, a.path);
    a.close();
    const pathB = join(dir, 'b', 'Bench.koble');
    copyFileSync(pathA, pathB);
    copyFileSync(keysPathFor(pathA), keysPathFor(pathB));

    const plain = await unlockWithPassphrase(join(dir, 'plain', 'Bench.koble'), PASS);
    const plainWriteMs = updateAll(plain, n);
    plain.close();
    const shared = await unlockWithPassphrase(pathA, PASS);
    const sharedWriteMs = updateAll(shared, n);
    let start = performance.now();
    const pushed = pushChanges(shared, folder);
    const pushMs = ms(start);
    shared.close();

    const b = await unlockWithPassphrase(pathB, PASS);
    start = performance.now();
    const pulled = pullChanges(b, folder);
    const pullMs = ms(start);
    const changed = b.sqlite.prepare(`select count(*) from participants where notes like 'Endret %'`).pluck().get();
    b.close();
    const reference = sessionReference(n);
    const bytes = statSync(pushed.file!).size;
    console.log(
      JSON.stringify({
        changedRows: n,
        applied: changed,
        writeMs: { unshared: plainWriteMs, captured: sharedWriteMs, ratio: +(sharedWriteMs / Math.max(1, plainWriteMs)).toFixed(2) },
        changeFile: { bytes, bytesPerRow: Math.round(bytes / n), pushMs },
        pull: { applyMs: pullMs, rowsPerSecond: Math.round(n / (pullMs / 1000)), conflicts: pulled.conflicts.length },
        sessionChangesetReference: { bytes: reference.bytes, applyMs: reference.applyMs, plainInMemory: true },
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
