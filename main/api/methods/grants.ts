/** Grants and their report deadlines (handlers in main/api/handlers/grants.ts). */
export const GRANTS_METHODS = [
  'grants.list',
  'grants.get',
  'grants.create',
  'grants.update',
  'grants.remove',
  'grants.addDeadline',
  'grants.completeDeadline',
  'grants.removeDeadline',
] as const;
