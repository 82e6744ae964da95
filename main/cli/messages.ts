import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };

import { interpolate } from '../import/problem-text.ts';

type Locale = typeof nb;

/** The CLI speaks bokmål unless KOBLE_LANG or LANG asks for English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'nb' | 'en' {
  const wanted = (env.KOBLE_LANG ?? env.LANG ?? '').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'nb';
}

function locale(language: 'nb' | 'en'): Locale {
  return language === 'en' ? en : nb;
}

/**
 * The translated message for an API error code, falling back to the English message given. A
 * refusal with details.reason reads errorReasons.<code>.<reason>, filled in from the details.
 */
export function errorText(code: string, fallback: string, language = cliLanguage(), details?: unknown): string {
  const texts = locale(language) as { errors?: Record<string, string | undefined>; errorReasons?: Record<string, Record<string, string> | undefined> };
  const values = typeof details === 'object' && details !== null ? (details as Record<string, string | number>) : {};
  const reason = typeof values.reason === 'string' ? texts.errorReasons?.[code]?.[values.reason] : undefined;
  return reason ? interpolate(reason, values) : (texts.errors?.[code] ?? fallback);
}

/** One of the CLI's own messages (`cli.*` in the locales). */
export function cliText(key: keyof Locale['cli'], language = cliLanguage()): string {
  return locale(language).cli[key];
}

type Strength = { warning?: unknown; suggestions?: unknown };

/**
 * An API error's details as the CLI shows them: the passphrase policy's feedback comes as
 * translation keys (`passphrase.warnings.*`, `passphrase.suggestions.*`, as the app translates
 * them), which become the hint texts here. Other details pass through as they are.
 */
export function errorDetails(code: string, details: unknown, language = cliLanguage()): unknown {
  if (code !== 'VAULT_WEAK_PASSPHRASE' || !details || typeof details !== 'object') return details;
  const { warnings, suggestions } = locale(language).passphrase as { warnings: Record<string, string>; suggestions: Record<string, string> };
  const strength = details as Strength;
  return {
    ...strength,
    warning: typeof strength.warning === 'string' ? (warnings[strength.warning] ?? strength.warning) : (strength.warning ?? null),
    suggestions: Array.isArray(strength.suggestions) ? strength.suggestions.map((key: unknown) => (typeof key === 'string' ? (suggestions[key] ?? key) : key)) : [],
  };
}

/** The hint lines under a refused command's message (the weak passphrase's warning and suggestions), if any. */
export function errorHints(code: string, details: unknown, language = cliLanguage()): string[] {
  const shown = errorDetails(code, details, language);
  if (code !== 'VAULT_WEAK_PASSPHRASE' || !shown || typeof shown !== 'object') return [];
  const { warning, suggestions } = shown as { warning: string | null; suggestions: string[] };
  return [warning, ...suggestions].filter((line): line is string => typeof line === 'string' && line.length > 0);
}
