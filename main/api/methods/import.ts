/** Spreadsheet import (main/api/handlers/import.ts). */
export const IMPORT_METHODS = [
  'import.chooseFile',
  'import.preview',
  'import.commit',
  'import.chooseSkippedRowsFile',
  'import.saveSkippedRows',
  'import.importedToday',
] as const;
