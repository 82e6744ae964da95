/** Background jobs: progress and results of long work started by other methods (main/api/handlers/jobs.ts). */
export const JOB_METHODS = ['jobs.status', 'jobs.cancel'] as const;
