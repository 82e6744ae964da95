import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../api/people.ts';

/**
 * A row problem in the user's language: import.problems.<code> with its params (i18next context:
 * DUPLICATE_IN_FILE with params.match 'email' reads DUPLICATE_IN_FILE_email), then "Mente du …?"
 * when there is a suggestion; the code itself when no text exists. Same rule as main/import/problem-text.ts.
 */
export function problemText(t: TFunction, problem: Omit<ImportProblem, 'name'>): string {
  const params: Record<string, unknown> = { ...problem.params };
  const match = params.match;
  const options = typeof match === 'string' ? { ...params, context: match } : params;
  const text = t(`import.problems.${problem.code}`, { ...options, defaultValue: problem.code });
  if (problem.suggestion === undefined || problem.suggestion === null) return text;
  return `${text} ${t('import.problems.SUGGESTION', { suggestion: problem.suggestion, defaultValue: `(${problem.suggestion}?)` })}`;
}

/** A field name for the mapping list: the import's own label, the person form's label, or the code. */
export function fieldLabel(t: TFunction, field: string, label: string = field): string {
  return t(`import.fields.${field}`, { defaultValue: t(`person.fields.${field}`, { defaultValue: label }) });
}
