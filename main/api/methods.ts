/**
 * What an API method name looks like, for the preload and the IPC binding: a cheap check that
 * needs nothing from the backend. The names themselves are written once, as the keys of each
 * area's handler map in main/api/handlers/; ApiMethodName is derived from them as a type only
 * (erased at build), so the preload bundle stays free of the backend. The authority is main's
 * dispatcher (createApi in main/api/index.ts): a name that is not an own key of the handler map
 * is answered with API_UNKNOWN_METHOD and reaches no handler.
 */
import type { ApiMethod } from './index.ts';

export type ApiMethodName = ApiMethod;

/** area.name, both parts letters only, starting lower case: 'vault.unlock', 'hours.setRates'. */
const METHOD_NAME = /^[a-z][A-Za-z]{0,39}\.[a-z][A-Za-z]{0,59}$/;

/** True for a string shaped like a method name; says nothing about whether such a method exists. */
export function isMethodShaped(name: unknown): name is string {
  return typeof name === 'string' && METHOD_NAME.test(name);
}
