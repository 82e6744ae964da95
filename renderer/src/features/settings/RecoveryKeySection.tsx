import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RecoveryKeyPanel } from '../../components/recovery-key/RecoveryKeyPanel.tsx';
import { SettingsSection } from './SettingsSection.tsx';

/** Replace the recovery key after a confirm; the new one is shown once. */
export function RecoveryKeySection({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function replace() {
    setStep('busy');
    setError(null);
    try {
      setRecoveryKey((await call('staff.replaceRecoveryKey', {})).recoveryKey);
    } catch (caught) {
      setError(caught);
    } finally {
      setStep('idle');
    }
  }

  return (
    <SettingsSection title={t('settings.recoveryKey.title')} text={t('settings.recoveryKey.text')}>
      {recoveryKey ? (
        <RecoveryKeyPanel recoveryKey={recoveryKey} fileName={fileName} headingLevel={3} doneLabel={t('recoveryKey.done')} onDone={() => setRecoveryKey(null)} />
      ) : step === 'confirm' ? (
        <div className="confirm" role="group" aria-label={t('settings.recoveryKey.title')}>
          <Paragraph>{t('settings.recoveryKey.confirm')}</Paragraph>
          <div className="button-row">
            <Button data-color="danger" onClick={() => void replace()} autoFocus>
              {t('settings.recoveryKey.confirmAction')}
            </Button>
            <Button variant="tertiary" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setStep('confirm')} loading={step === 'busy'} disabled={step === 'busy'}>
            {t('settings.recoveryKey.action')}
          </Button>
        </div>
      )}
      <ErrorAlert error={error} />
    </SettingsSection>
  );
}
