import type { z } from 'zod';
import { demoHandlers } from './handlers/demo.ts';
import { gridHandlers } from './handlers/grid.ts';
import { fileHandlers } from './handlers/files.ts';
import { grantsHandlers } from './handlers/grants.ts';
import { hoursHandlers } from './handlers/hours.ts';
import { outcomeHandlers } from './handlers/outcomes.ts';
import { progressionHandlers } from './handlers/progression.ts';
import { dashboardHandlers } from './handlers/dashboard.ts';
import { importHandlers } from './handlers/import.ts';
import { jobHandlers } from './handlers/jobs.ts';
import { eventHandlers } from './handlers/events.ts';
import { kioskHandlers } from './handlers/kiosk.ts';
import { kitHandlers } from './handlers/kit.ts';
import { mailHandlers } from './handlers/mail.ts';
import { kioskRefusal } from './kiosk-gate.ts';
import { matchingHandlers } from './handlers/matching.ts';
import { placementHandlers } from './handlers/placements.ts';
import { overviewHandlers } from './handlers/overview.ts';
import { peopleHandlers } from './handlers/people.ts';
import { privacyHandlers } from './handlers/privacy.ts';
import { reportHandlers } from './handlers/reports.ts';
import { rememberHandlers } from './handlers/remember.ts';
import { settingsHandlers } from './handlers/settings.ts';
import { staffHandlers } from './handlers/staff.ts';
import { syncHandlers } from './handlers/sync.ts';
import { vaultHandlers } from './handlers/vault.ts';
import type { ApiReply } from './envelope.ts';
import { toApiError } from './errors.ts';
import type { AppHost } from './host.ts';
import type { AnyMethod, Method } from './method.ts';
import { Session } from '../session/session.ts';

/** Merges the areas' handler maps; a name registered twice is a programming error. */
function merge<T extends Record<string, AnyMethod>[]>(...maps: T): UnionToIntersection<T[number]> {
  const all: Record<string, AnyMethod> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (name in all) throw new Error(`API method registered twice: ${name}`);
      all[name] = handler;
    }
  }
  return all as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export const handlers = merge(
  settingsHandlers,
  vaultHandlers,
  rememberHandlers,
  staffHandlers,
  demoHandlers,
  overviewHandlers,
  peopleHandlers,
  importHandlers,
  privacyHandlers,
  gridHandlers,
  fileHandlers,
  matchingHandlers,
  placementHandlers,
  jobHandlers,
  eventHandlers,
  kioskHandlers,
  kitHandlers,
  grantsHandlers,
  hoursHandlers,
  outcomeHandlers,
  progressionHandlers,
  dashboardHandlers,
  reportHandlers,
  mailHandlers,
  syncHandlers,
);

export type Handlers = typeof handlers;
/** Every method name, written once as a key of its area's handler map. */
export type ApiMethod = keyof Handlers;
export type ApiInput<M extends ApiMethod> = Handlers[M] extends Method<infer S, unknown> ? z.input<S> : never;
export type ApiOutput<M extends ApiMethod> = Handlers[M] extends Method<z.ZodType, infer R> ? Awaited<R> : never;

export type Api = {
  call(method: string, input: unknown): Promise<ApiReply<unknown>>;
  readonly session: Session;
};

/** The one way to the data: validates input with the method's zod schema and wraps the result. */
export function createApi(host: AppHost, session: Session = new Session()): Api {
  const table = handlers as Record<string, AnyMethod>;
  return {
    session,
    async call(name, input) {
      // The one authority on method names: own keys of the handler map, nothing inherited.
      if (typeof name !== 'string' || !Object.hasOwn(table, name)) {
        return { ok: false, error: { code: 'API_UNKNOWN_METHOD', message: `Unknown API method: ${String(name).slice(0, 100)}` } };
      }
      const handler = table[name]!;
      const refused = kioskRefusal(session, name);
      if (refused) return { ok: false, error: refused };
      try {
        const parsed = handler.input.parse(input ?? {});
        if (!handler.passive && session.unlocked) session.autoLock.touch();
        const value = await handler.run(parsed, { session, host });
        return { ok: true, value: value ?? null };
      } catch (error) {
        const reply = toApiError(error);
        if (reply.code === 'INTERNAL') host.reportInternalError?.(name, error);
        return { ok: false, error: reply };
      }
    },
  };
}
