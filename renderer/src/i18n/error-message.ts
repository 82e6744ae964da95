import type { TFunction } from 'i18next';
import { ApiCallError, BRIDGE_MISSING } from '../api/api-call-error.ts';

/** The user's-language text for anything a call threw: errors.<CODE>, or a generic text with the code. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    if (error.code === BRIDGE_MISSING) return t('common.bridgeMissing');
    const general = t(`errors.${error.code}`, { defaultValue: t('common.unexpectedError', { code: error.code }) });
    // A refusal with a reason (details.reason) has its own sentence: errorReasons.<CODE>.<reason>, with the details as values.
    const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {};
    if (typeof details.reason !== 'string') return general;
    return t(`errorReasons.${error.code}.${details.reason}`, { ...details, defaultValue: general });
  }
  return t('common.unexpectedError', { code: 'INTERNAL' });
}
