/** The Oversikt dashboard (handlers in main/api/handlers/dashboard.ts). */
export const DASHBOARD_METHODS = [
  'dashboard.summary',
] as const;
