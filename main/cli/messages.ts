import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };

type Locale = { errors?: Record<string, string> };

/** The CLI speaks bokmål unless KOBLE_LANG or LANG asks for English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'nb' | 'en' {
  const wanted = (env.KOBLE_LANG ?? env.LANG ?? '').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'nb';
}

/** The translated message for an API error code, falling back to the English message given. */
export function errorText(code: string, fallback: string, language = cliLanguage()): string {
  const locale: Locale = language === 'en' ? en : nb;
  return locale.errors?.[code] ?? fallback;
}
