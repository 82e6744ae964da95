import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

/** Kroner as "1 200 000 kr" (nb) or "NOK 1,200,000" (en), whole kroner. */
export function useKr(): (value: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale(i18n.language), { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
    return (value: number) => format.format(value);
  }, [i18n.language]);
}

/** Plain numbers with up to two decimals in the user's language (7,5 / 7.5). */
export function useNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale(i18n.language), { maximumFractionDigits: 2 });
    return (value: number) => format.format(value);
  }, [i18n.language]);
}
