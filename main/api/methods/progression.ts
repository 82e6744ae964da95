/** Progression forms (handlers in main/api/handlers/progression.ts). */
export const PROGRESSION_METHODS = [
  'progression.list',
  'progression.record',
  'progression.remove',
] as const;
