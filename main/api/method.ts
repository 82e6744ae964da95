import type { z } from 'zod';
import type { Session } from '../session/session.ts';
import type { AppHost } from './host.ts';

export type ApiContext = { session: Session; host: AppHost };

export type Method<S extends z.ZodType, R> = {
  readonly input: S;
  // Method syntax (not a function property) so every Method is assignable to AnyMethod.
  run(input: z.output<S>, ctx: ApiContext): R | Promise<R>;
  /** Calls that do not count as user activity for auto-lock (status polling). */
  readonly passive?: boolean;
};

export type AnyMethod = Method<z.ZodType, unknown>;

/** Declares one API function: its zod input schema and its implementation. */
export function method<S extends z.ZodType, R>(input: S, run: (input: z.output<S>, ctx: ApiContext) => R | Promise<R>, options: { passive?: boolean } = {}): Method<S, R> {
  return { input, run, ...options };
}
