import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TestHost } from '../host/serve.ts';
import type { RosterPerson } from './event-kit.ts';

type Row = { id: string; firstName: string; lastName: string; cohortId: string | null; erasedAt: string | null };
type Mentor = { id: string; firstName: string; lastName: string };

export async function api<T>(host: TestHost, method: string, input: unknown): Promise<T> {
  const reply = await host.api.call(method, input);
  assert.ok(reply.ok, `${method}: ${JSON.stringify(reply)}`);
  return reply.value as T;
}

/** A cohort of the demo with a handful of participants, and a mentor to add by hand. */
export async function demoPeople(host: TestHost): Promise<{ cohortName: string; mentorName: string }> {
  const rows = (await api<Row[]>(host, 'people.list', {})).filter((row) => !row.erasedAt && row.cohortId);
  const cohorts = await api<{ id: string; name: string }[]>(host, 'cohorts.list', {});
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(row.cohortId!, (sizes.get(row.cohortId!) ?? 0) + 1);
  const cohort = cohorts.filter((c) => (sizes.get(c.id) ?? 0) >= 6).sort((a, b) => sizes.get(a.id)! - sizes.get(b.id)!)[0];
  assert.ok(cohort, 'the demo has a cohort with at least six participants');
  const mentors = await api<Mentor[]>(host, 'mentors.list', {});
  const mentor = mentors.find((m) => mentors.filter((other) => other.firstName === m.firstName && other.lastName === m.lastName).length === 1);
  assert.ok(mentor, 'a mentor with a name of their own');
  return { cohortName: cohort.name, mentorName: `${mentor.firstName} ${mentor.lastName}` };
}

/** People on the roster whose full name nobody else on it has, so the kiosk shows one hit. */
export async function uniqueOnRoster(host: TestHost, eventId: string): Promise<RosterPerson[]> {
  const roster = await api<RosterPerson[]>(host, 'events.roster', { eventId });
  const full = (p: RosterPerson) => `${p.firstName} ${p.lastName}`;
  return roster.filter((p) => p.status === 'registered' && roster.filter((o) => full(o).includes(full(p)) || full(p).includes(full(o))).length === 1);
}

/**
 * Waits until an expression is true in the page. Evaluated through the DevTools protocol each
 * time: waitForFunction's polling would eval inside the page, which its CSP rightly refuses.
 */
export async function until(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function checkInByEnter(page: Page, name: string): Promise<void> {
  const search = page.getByTestId('kiosk-search');
  await search.fill(name);
  await search.press('Enter');
}
