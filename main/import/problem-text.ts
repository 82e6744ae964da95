import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };
import type { RowProblem } from './types.ts';

type Locale = { import?: { problems?: Record<string, string> } };

/** i18next-style {{name}} placeholders. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in params ? String(params[name]) : ''));
}

/** The message for a row problem (resources/locales import.problems.<code>), with the suggestion when there is one. */
export function problemText(problem: RowProblem, language: 'nb' | 'en' = 'nb'): string {
  const locale: Locale = language === 'en' ? en : nb;
  const problems = locale.import?.problems ?? {};
  // i18next's context: DUPLICATE_IN_FILE with params.match 'email' reads DUPLICATE_IN_FILE_email.
  const context = typeof problem.params.match === 'string' ? problems[`${problem.code}_${problem.params.match}`] : undefined;
  const template = context ?? problems[problem.code] ?? problem.code;
  const text = interpolate(template, problem.params);
  if (problem.suggestion === undefined) return text;
  return `${text} ${interpolate(problems.SUGGESTION ?? '({{suggestion}}?)', { suggestion: problem.suggestion })}`;
}
