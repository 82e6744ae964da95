/** The grids' own actions (main/api/handlers/grid.ts). */
export const GRID_METHODS = ['grid.exportView'] as const;
