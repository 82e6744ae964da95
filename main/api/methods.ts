/**
 * The names of every API method, as a plain list the preload can import without pulling in the
 * backend. main/api/index.ts checks at compile time that this list and the handler map agree,
 * so adding a method in one place and not the other does not build. One list per area in
 * main/api/methods/.
 */
import { CORE_METHODS } from './methods/core.ts';
import { GRID_METHODS } from './methods/grid.ts';
import { FILE_METHODS } from './methods/files.ts';
import { IMPORT_METHODS } from './methods/import.ts';
import { PEOPLE_METHODS } from './methods/people.ts';
import { MATCHING_METHODS } from './methods/matching.ts';
import { PLACEMENT_METHODS } from './methods/placements.ts';
import { PRIVACY_METHODS } from './methods/privacy.ts';
import { JOB_METHODS } from './methods/jobs.ts';
import { EVENT_METHODS } from './methods/events.ts';
import { KIOSK_METHODS } from './methods/kiosk.ts';
import { KIT_METHODS } from './methods/kit.ts';
import { GRANTS_METHODS } from './methods/grants.ts';
import { HOURS_METHODS } from './methods/hours.ts';
import { OUTCOME_METHODS } from './methods/outcomes.ts';
import { PROGRESSION_METHODS } from './methods/progression.ts';
import { DASHBOARD_METHODS } from './methods/dashboard.ts';
import { REPORT_METHODS } from './methods/reports.ts';
import { MAIL_METHODS } from './methods/mail.ts';
import { SYNC_METHODS } from './methods/sync.ts';

export const API_METHODS = [...CORE_METHODS, ...PEOPLE_METHODS, ...IMPORT_METHODS, ...PRIVACY_METHODS, ...GRID_METHODS, ...FILE_METHODS, ...MATCHING_METHODS, ...PLACEMENT_METHODS, ...JOB_METHODS, ...GRANTS_METHODS, ...HOURS_METHODS, ...OUTCOME_METHODS, ...PROGRESSION_METHODS, ...DASHBOARD_METHODS, ...EVENT_METHODS, ...KIOSK_METHODS, ...KIT_METHODS, ...REPORT_METHODS, ...MAIL_METHODS, ...SYNC_METHODS] as const;

export type ApiMethodName = (typeof API_METHODS)[number];

export function isApiMethod(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}
