/** Spreadsheet import (main/api/handlers/import.ts). */
export const IMPORT_METHODS = [] as const;
