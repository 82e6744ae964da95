/** Praksis / trainee placements (main/api/handlers/placements.ts). */
export const PLACEMENT_METHODS = ['placements.list', 'placements.create', 'placements.update', 'placements.end'] as const;
