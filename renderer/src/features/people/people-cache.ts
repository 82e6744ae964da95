import { call } from '../../api/client.ts';
import type { PersonRow } from '../../api/people.ts';

type Query = { asOf?: string; cohortId?: string };
type Entry = { key: string; at: number; promise: Promise<PersonRow[]> };

/** How long a prefetched list is shown as is; the page refreshes it in the background anyway. */
const FRESH_MS = 60_000;
let entry: Entry | null = null;

function keyOf(query: Query): string {
  return `${query.asOf ?? ''}|${query.cohortId ?? ''}`;
}

function fetchList(query: Query): Promise<PersonRow[]> {
  const key = keyOf(query);
  const promise = call('people.list', query);
  entry = { key, at: Date.now(), promise };
  promise.catch(() => {
    if (entry?.promise === promise) entry = null;
  });
  return promise;
}

/**
 * The pipeline list for a query: the prefetched (or in-flight) answer when there is a fresh one,
 * else a new call. `fromCache` tells the page to refresh it once it is on screen.
 */
export function peopleList(query: Query): { promise: Promise<PersonRow[]>; fromCache: boolean } {
  const key = keyOf(query);
  if (entry && entry.key === key && Date.now() - entry.at < FRESH_MS) return { promise: entry.promise, fromCache: true };
  return { promise: fetchList(query), fromCache: false };
}

/** A new call, replacing whatever is cached (after a change, or to refresh a cached list). */
export function refreshPeopleList(query: Query): Promise<PersonRow[]> {
  return fetchList(query);
}

/** Starts loading today's full list while the user is elsewhere (Deltakere is the daily screen). */
export function prefetchPeopleList(): void {
  if (!entry) void fetchList({}).catch(() => undefined);
}

/** Forgets the cached list (the programme was locked or changed elsewhere). */
export function forgetPeopleList(): void {
  entry = null;
}
