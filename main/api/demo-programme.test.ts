import { afterEach, expect, it } from 'vitest';
import { participants, mentors } from '../../db/schema/index.ts';
import { filesContaining, tempDir } from '../../db/test/temp-dir.ts';
import { fakeHost } from '../test/test-host.ts';
import { Session } from '../session/session.ts';
import { createApi } from './index.ts';

let cleanup = () => {};
afterEach(() => cleanup());

it('opens the demo programme on first start, with figures on Oversikt and no plaintext names anywhere on disk', async () => {
  const temp = tempDir();
  const session = new Session();
  cleanup = () => {
    session.lock();
    temp.cleanup();
  };
  const api = createApi(fakeHost(temp.dir), session);
  const opened = await api.call('vault.openDemo', {});
  expect(opened).toMatchObject({ ok: true, value: { staffName: 'Demo Koordinator' } });
  const summary = await api.call('overview.summary', {});
  expect(summary).toMatchObject({ ok: true, value: { participants: 300 } });
  if (!summary.ok) return;
  const figures = summary.value as { activeMentors: number; cohorts: number };
  expect(figures.activeMentors).toBeGreaterThan(50);
  expect(figures.cohorts).toBeGreaterThan(1);

  const db = session.requireVault().db;
  const people = [
    ...db.select({ first: participants.firstName, last: participants.lastName, email: participants.email }).from(participants).limit(40).all(),
    ...db.select({ first: mentors.firstName, last: mentors.lastName, email: mentors.email }).from(mentors).limit(20).all(),
  ];
  const needles = [...new Set(people.flatMap((p) => [`${p.first} ${p.last}`, p.email ?? '']).filter((s) => s.length >= 6))];
  expect(needles.length).toBeGreaterThan(40);
  expect(filesContaining(temp.dir, [...needles, 'SQLite format 3'])).toEqual([]);

  // The second time the same file is opened, not generated again.
  await api.call('vault.lock', {});
  expect(await api.call('vault.openDemo', {})).toMatchObject({ ok: true });
  expect(await api.call('overview.summary', {})).toMatchObject({ ok: true, value: { participants: 300 } });
}, 60_000);
