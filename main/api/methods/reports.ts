/** Funder reports (main/api/handlers/reports.ts). */
export const REPORT_METHODS = ['reports.chooseFunderFile', 'reports.startFunder', 'reports.funderPreview'] as const;
