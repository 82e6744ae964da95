import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { FileRef } from '../../app/screen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { ScreenShell } from '../../components/ScreenShell.tsx';

type Props = {
  file: FileRef;
  onRecovered: (result: { staffName: string | null; fileName: string; warnings: unknown[] }) => void;
  onBack: () => void;
};

/** Open the programme with the recovery key and set a new passphrase. */
export function RecoverScreen({ file, onRecovered, onBack }: Props) {
  const { t } = useTranslation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const pair = usePassphrasePair();
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (recoveryKey.trim() === '' || pair.problem) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('vault.recover', { path: file.path, recoveryKey: recoveryKey.trim(), newPassphrase: pair.passphrase });
      pair.reset();
      onRecovered(result);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <ScreenShell title={t('recover.title')}>
      <Paragraph>{t('recover.intro')}</Paragraph>
      <Paragraph data-size="sm">
        {t('unlock.file')}: <strong>{file.name}</strong>
      </Paragraph>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          label={t('recover.recoveryKey')}
          description={t('recover.recoveryKeyHelp')}
          value={recoveryKey}
          onChange={(event) => setRecoveryKey(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="monospace-field"
          error={submitted && recoveryKey.trim() === '' ? t('recover.missingKey') : undefined}
        />
        <PassphrasePairFields pair={pair} label={t('recover.newPassphrase')} repeatLabel={t('recover.repeat')} showErrors={submitted} />
        <ErrorAlert error={error} />
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {busy ? t('recover.working') : t('recover.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onBack} disabled={busy}>
            {t('recover.backToUnlock')}
          </Button>
        </div>
      </form>
    </ScreenShell>
  );
}
