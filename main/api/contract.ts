/**
 * The API contract as the renderer sees it: types only. The renderer imports nothing else from
 * main/ (a lint rule holds that line).
 */
export type { ApiMethod, ApiInput, ApiOutput } from './index.ts';
export type { ApiReply, ApiError } from './envelope.ts';
