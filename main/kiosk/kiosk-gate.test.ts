import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createApi } from '../api/index.ts';
import { addParticipants, errorCode, KIT_PASS } from '../test/event-fixtures.ts';
import { TEST_PASSPHRASE, testProgramme } from '../test/programme.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';

let t: Awaited<ReturnType<typeof testProgramme>>;
beforeEach(async () => {
  t = await testProgramme();
});
afterEach(() => t.close());

async function event() {
  const ids = addParticipants(t.db(), [{ firstName: 'Fatima', lastName: 'Ali' }]);
  const created = await t.call('events.create', { kind: 'kurs', title: 'Kurs', startsAt: '2026-03-01T17:00:00Z' });
  await t.call('events.invite', { eventId: created.id, people: ids.map((id) => ({ kind: 'participant' as const, id: id! })) });
  return created;
}

it('a job started before the kiosk is cancelled and unreadable at the door, also after leaving', async () => {
  const { id } = await event();
  let aborted = false;
  const { jobId } = t.session.jobs.start('test', async (ctx) => {
    await new Promise<void>((done) => (ctx.signal.aborted ? done() : ctx.signal.addEventListener('abort', () => done())));
    aborted = true;
    return 'a plan with names';
  });
  expect(await t.call('jobs.status', { jobId })).toMatchObject({ state: 'running' });
  await t.call('kiosk.enter', { eventId: id });
  expect(await errorCode(t.call('jobs.status', { jobId }))).toBe('KIOSK_ACTIVE');
  await t.call('kiosk.leave', { passphrase: TEST_PASSPHRASE });
  expect(await errorCode(t.call('jobs.status', { jobId }))).toBe('JOB_NOT_FOUND');
  expect(aborted).toBe(true);
});

it('two kit.open calls at once: one kit runs, the other is refused (not silently replaced)', async () => {
  const { id } = await event();
  const first = join(t.dir, 'a.koblekit');
  const second = join(t.dir, 'b.koblekit');
  await t.call('kit.export', { eventId: id, path: first, passphrase: KIT_PASS });
  copyFileSync(first, second);
  const laptop = createApi(fakeHost(t.dir, { trustsPaths: true }), new Session({ sleep: async () => undefined }));
  const replies = await Promise.all([first, second].map((path) => laptop.call('kit.open', { path, passphrase: KIT_PASS })));
  expect(replies.map((r) => (r.ok ? 'opened' : r.error.code)).sort()).toEqual(['KIOSK_ACTIVE', 'opened']);
  expect(await laptop.call('kiosk.status', {})).toMatchObject({ ok: true, value: { mode: 'kit' } });
  expect(await laptop.call('kiosk.leave', { passphrase: KIT_PASS })).toMatchObject({ ok: true });
  expect(await laptop.call('kiosk.status', {})).toMatchObject({ ok: true, value: { mode: 'none' } });
});
