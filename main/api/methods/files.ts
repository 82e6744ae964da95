/** Files Koble wrote: open them or show them in their folder (main/api/handlers/files.ts). */
export const FILE_METHODS = ['files.abilities', 'files.open', 'files.showInFolder'] as const;
