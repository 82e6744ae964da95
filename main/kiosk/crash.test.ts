import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openKitFile } from '../event-kit/kit-file.ts';
import { addParticipants, KIT_PASS } from '../test/event-fixtures.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { TEST_PASSPHRASE, testProgramme } from '../test/programme.ts';

const CHILD = fileURLToPath(new URL('../test/crash-kiosk.ts', import.meta.url));
const ROSTER = 400;
const KILL_AFTER = 60;
/** How far the child may run ahead of the lines the test has read: at most KILL_AFTER + WINDOW < ROSTER check-ins happen. */
const WINDOW = 120;

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => t.close());

type Run = { confirmed: string[]; finished: boolean; killed: boolean };

/**
 * Runs the kiosk in a child process that checks in `ids` in order and prints each id once it is
 * confirmed. The test acknowledges every line it reads (the child stays at most WINDOW ahead), and
 * on the KILL_AFTER-th confirmation kills the child (SIGKILL) and stops acknowledging, so the kill
 * lands while check-ins are still going on. Every line printed before the kill counts as confirmed.
 */
function checkInUntilKilled(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [CHILD, ...args, String(WINDOW)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const run: Run = { confirmed: [], finished: false, killed: false };
  let buffered = '';
  child.stdin.on('error', () => {}); // an acknowledgement racing the kill
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      run.killed = child.signalCode === 'SIGKILL';
      if (run.killed) resolve(run);
      else reject(new Error(`child exited with ${child.exitCode}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready' || line === '') continue;
        if (line === 'done') run.finished = true;
        else run.confirmed.push(line);
        if (run.confirmed.length >= KILL_AFTER) {
          if (child.exitCode === null && child.signalCode === null && !child.killed) child.kill('SIGKILL');
        } else child.stdin.write('+');
      }
    });
  });
}

async function rosterOf(n: number) {
  const people = addParticipants(t.db(), Array.from({ length: n }, (_, i) => ({ firstName: `Krasj${i}`, lastName: 'Test' })));
  const event = await t.call('events.create', { kind: 'kurs', title: 'Krasjkurs', startsAt: '2026-03-01T17:00:00Z' });
  await t.call('events.invite', { eventId: event.id, people: people.map((id) => ({ kind: 'participant' as const, id })) });
  const ids = (await t.call('events.roster', { eventId: event.id })).map((r) => r.attendanceId);
  const idsFile = join(t.dir, 'ids.json');
  writeFileSync(idsFile, JSON.stringify(ids));
  return { event, ids, idsFile };
}

/** The kill came mid-way: some but not all confirmed, in the order they were sent. */
function expectKilledMidWay(run: Run, ids: readonly string[]): void {
  expect(run.killed).toBe(true);
  expect(run.finished).toBe(false);
  expect(run.confirmed.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(run.confirmed.length).toBeLessThan(ids.length);
  expect(run.confirmed).toEqual(ids.slice(0, run.confirmed.length));
}

/**
 * What the file holds after the crash: every confirmed check-in, and beyond them at most the one
 * the child was writing when killed (committed, not yet printed).
 */
function expectConfirmedKept(attended: ReadonlySet<string>, run: Run, ids: readonly string[]): void {
  const k = run.confirmed.length;
  expect(run.confirmed.filter((id) => !attended.has(id))).toEqual([]);
  expect([k, k + 1]).toContain(attended.size);
  expect([...attended].sort()).toEqual(ids.slice(0, attended.size).sort());
}

it('a kiosk process killed mid check-ins loses no confirmed check-in and leaves no half-written one (programme)', async () => {
  const { event, ids, idsFile } = await rosterOf(ROSTER);
  t.session.lock();
  const run = await checkInUntilKilled(['programme', t.path, TEST_PASSPHRASE, idsFile, event.id]);
  expectKilledMidWay(run, ids);

  await t.call('vault.unlock', { path: t.path, passphrase: TEST_PASSPHRASE });
  expect(prepared(t.db(), 'pragma integrity_check').pluck().all()).toEqual(['ok']);
  const roster = await t.call('events.roster', { eventId: event.id });
  expect(roster).toHaveLength(ROSTER);
  const attended = new Set(roster.filter((r) => r.status === 'attended').map((r) => r.attendanceId));
  expectConfirmedKept(attended, run, ids);
  // Each check-in is whole: attended with its time, or untouched; and its audit entry is there exactly when it is.
  for (const row of roster) {
    if (attended.has(row.attendanceId)) expect(row.checkedInAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    else expect(row).toMatchObject({ status: 'registered', checkedInAt: null });
  }
  const audited = prepared(t.db(), `select entity_id from audit_log where entity = 'attendance' and json_extract(details, '$.via') = 'kiosk'`).pluck().all() as string[];
  expect(audited.sort()).toEqual([...attended].sort());
  expect((await t.call('events.get', { eventId: event.id })).counts).toMatchObject({ attended: attended.size, registered: ROSTER - attended.size });
}, 60_000);

it('a kit-mode process killed mid check-ins loses no confirmed check-in and leaves no half-written one (kit file, then merged)', async () => {
  const { event, ids, idsFile } = await rosterOf(ROSTER);
  const kitPath = join(t.dir, 'krasj.koblekit');
  await t.call('kit.export', { eventId: event.id, path: kitPath, passphrase: KIT_PASS });
  const run = await checkInUntilKilled(['kit', kitPath, KIT_PASS, idsFile, event.id]);
  expectKilledMidWay(run, ids);

  const kit = await openKitFile(kitPath, KIT_PASS);
  let inKit: Set<string>;
  try {
    expect(kit.db.prepare('pragma integrity_check').pluck().all()).toEqual(['ok']);
    const rows = kit.db.prepare('select attendance_id as id, status, checked_in_at as at, check_in_id as item from roster').all() as { id: string; status: string; at: string | null; item: string | null }[];
    expect(rows).toHaveLength(ROSTER);
    // A row is either fully checked in (status, time and the merge's item id) or untouched.
    const half = rows.filter((r) => !((r.status === 'attended' && r.at !== null && r.item !== null) || (r.status === 'registered' && r.at === null && r.item === null)));
    expect(half).toEqual([]);
    inKit = new Set(rows.filter((r) => r.status === 'attended').map((r) => r.id));
  } finally {
    kit.close();
  }
  expectConfirmedKept(inKit, run, ids);

  const summary = await t.call('kit.import', { path: kitPath, passphrase: KIT_PASS });
  expect(summary).toMatchObject({ checkIns: inKit.size, conflicts: [] });
  const attended = new Set((await t.call('events.roster', { eventId: event.id })).filter((r) => r.status === 'attended').map((r) => r.attendanceId));
  expect(attended).toEqual(inKit);
}, 60_000);
