import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addParticipants } from '../events/test-fixtures.ts';
import { TEST_PASSPHRASE, testProgramme } from '../people/test-programme.ts';

const CHILD = fileURLToPath(new URL('./crash-kiosk.ts', import.meta.url));
const KIT_PASS = 'fire grønne elefanter danser';
let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => t.close());

/** Runs the kiosk in a child process and kills it (SIGKILL) after `killAfter` confirmed check-ins; returns the confirmed ids. */
function checkInUntilKilled(args: string[], killAfter: number): Promise<string[]> {
  const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const confirmed: string[] = [];
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => (child.signalCode === 'SIGKILL' ? resolve(confirmed) : reject(new Error(`child exited with ${child.exitCode}`))));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line && line !== 'done') confirmed.push(line);
      if (confirmed.length >= killAfter && !child.killed) child.kill('SIGKILL');
    });
  });
}

async function rosterOf(n: number) {
  const ids = addParticipants(t.db(), Array.from({ length: n }, (_, i) => ({ firstName: `Krasj${i}`, lastName: 'Test' })));
  const event = await t.call('events.create', { kind: 'kurs', title: 'Krasjkurs', startsAt: '2026-03-01T17:00:00Z' });
  await t.call('events.invite', { eventId: event.id, people: ids.map((id) => ({ kind: 'participant' as const, id })) });
  const roster = await t.call('events.roster', { eventId: event.id });
  const idsFile = join(t.dir, 'ids.json');
  writeFileSync(idsFile, JSON.stringify(roster.map((r) => r.attendanceId)));
  return { event, idsFile };
}

it('a kiosk process killed mid check-ins loses no confirmed check-in (programme)', async () => {
  const { event, idsFile } = await rosterOf(400);
  t.session.lock();
  const confirmed = await checkInUntilKilled(['programme', t.path, TEST_PASSPHRASE, idsFile, event.id], 60);
  expect(confirmed.length).toBeGreaterThanOrEqual(60);
  await t.call('vault.unlock', { path: t.path, passphrase: TEST_PASSPHRASE });
  const attended = new Set((await t.call('events.roster', { eventId: event.id })).filter((r) => r.status === 'attended').map((r) => r.attendanceId));
  expect(confirmed.filter((id) => !attended.has(id))).toEqual([]);
}, 60_000);

it('a kit-mode process killed mid check-ins loses no confirmed check-in (kit file, then merged)', async () => {
  const { event, idsFile } = await rosterOf(400);
  const kit = join(t.dir, 'krasj.koblekit');
  await t.call('kit.export', { eventId: event.id, path: kit, passphrase: KIT_PASS });
  const confirmed = await checkInUntilKilled(['kit', kit, KIT_PASS, idsFile, event.id], 60);
  expect(confirmed.length).toBeGreaterThanOrEqual(60);
  const summary = await t.call('kit.import', { path: kit, passphrase: KIT_PASS });
  expect(summary.checkIns).toBeGreaterThanOrEqual(confirmed.length);
  const attended = new Set((await t.call('events.roster', { eventId: event.id })).filter((r) => r.status === 'attended').map((r) => r.attendanceId));
  expect(confirmed.filter((id) => !attended.has(id))).toEqual([]);
}, 60_000);
