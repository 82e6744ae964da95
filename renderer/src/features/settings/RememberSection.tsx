import { Paragraph, Switch } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

type RememberStatus = ApiOutput<'vault.rememberStatus'>;

/**
 * Denne datamaskinen: "remember the programme on this computer" (off by default), the data key
 * kept by the OS keychain. Where the computer has no keychain Koble can use, only the reason shows.
 */
export function RememberSection() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RememberStatus | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const action = useAction();

  useEffect(() => {
    call('vault.rememberStatus', {}).then(setStatus, setLoadError);
  }, []);

  async function change(remember: boolean) {
    if (action.busy) return;
    await action.run(async () => {
      const result = await call('vault.remember', { remember });
      setStatus((current) => current && { ...current, remembered: result.remembered });
      return result.remembered ? t('settings.remember.on') : t('settings.remember.off');
    });
  }

  return (
    <SettingsSection title={t('settings.remember.title')} text={t('settings.remember.text')}>
      {loadError ? (
        <ErrorAlert error={loadError} />
      ) : status === null ? (
        <Paragraph data-size="sm">{t('app.loading')}</Paragraph>
      ) : status.available ? (
        <>
          <Switch
            label={t('settings.remember.label')}
            description={t('settings.remember.description')}
            checked={status.remembered}
            aria-busy={action.busy}
            onChange={(event) => void change(event.target.checked)}
          />
          <StatusMessage error={action.error} done={action.done} />
        </>
      ) : (
        <Paragraph data-testid="remember-unavailable">{t('settings.remember.unavailable')}</Paragraph>
      )}
    </SettingsSection>
  );
}
