/** The encrypted event kit for a second laptop: export, open in kit mode, merge back (main/api/handlers/kit.ts). */
export const KIT_METHODS = ['kit.chooseExportFile', 'kit.export', 'kit.chooseFile', 'kit.open', 'kit.import', 'kit.resolve', 'kit.opened'] as const;
