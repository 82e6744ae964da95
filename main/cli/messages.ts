import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };

import { interpolate } from '../import/problem-text.ts';

type Locale = { errors?: Record<string, string>; errorReasons?: Record<string, Record<string, string>> };

/** The CLI speaks bokmål unless KOBLE_LANG or LANG asks for English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'nb' | 'en' {
  const wanted = (env.KOBLE_LANG ?? env.LANG ?? '').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'nb';
}

/**
 * The translated message for an API error code, falling back to the English message given. A
 * refusal with details.reason reads errorReasons.<code>.<reason>, filled in from the details.
 */
export function errorText(code: string, fallback: string, language = cliLanguage(), details?: unknown): string {
  const locale: Locale = language === 'en' ? en : nb;
  const values = typeof details === 'object' && details !== null ? (details as Record<string, string | number>) : {};
  const reason = typeof values.reason === 'string' ? locale.errorReasons?.[code]?.[values.reason] : undefined;
  return reason ? interpolate(reason, values) : (locale.errors?.[code] ?? fallback);
}
