/** Registry, pipeline, follow-ups and search (main/api/handlers/people*.ts). */
export const PEOPLE_METHODS = [] as const;
