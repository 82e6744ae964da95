import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LANGUAGES, isLanguage } from './i18n.ts';

/** Bokmål / English; the choice is stored on this computer through app.setLanguage. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();

  async function change(value: string) {
    if (!isLanguage(value)) return;
    await i18n.changeLanguage(value);
    call('app.setLanguage', { language: value }).catch(() => {
      // The switch still applies to this window; it is only not remembered.
    });
  }

  return (
    <Field className={compact ? 'language-switch language-switch--compact' : 'language-switch'} data-size="sm">
      <Label>{t('language.label')}</Label>
      <Select value={i18n.resolvedLanguage ?? i18n.language} onChange={(event) => void change(event.target.value)} width="auto">
        {LANGUAGES.map((language) => (
          <Select.Option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
