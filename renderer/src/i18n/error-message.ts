import type { TFunction } from 'i18next';
import { ApiCallError, BRIDGE_MISSING } from '../api/api-call-error.ts';

/** The user's-language text for anything a call threw: errors.<CODE>, or a generic text with the code. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    if (error.code === BRIDGE_MISSING) return t('common.bridgeMissing');
    const key = `errors.${error.code}`;
    return t(key, { defaultValue: t('common.unexpectedError', { code: error.code }) });
  }
  return t('common.unexpectedError', { code: 'INTERNAL' });
}
