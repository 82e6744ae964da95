import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { FileRef } from '../../app/screen.ts';
import { FormSendButtons } from '../../components/FormSendButtons.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { ScreenShell } from '../../components/ScreenShell.tsx';
import { useFormSubmit } from '../../components/use-form-submit.ts';

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
  const form = useFormSubmit(
    () => recoveryKey.trim() !== '' && !pair.problem,
    async () => {
      const result = await call('vault.recover', { path: file.path, recoveryKey: recoveryKey.trim(), newPassphrase: pair.passphrase });
      pair.reset();
      onRecovered(result);
    },
  );

  return (
    <ScreenShell title={t('recover.title')}>
      <Paragraph>{t('recover.intro')}</Paragraph>
      <Paragraph data-size="sm">
        {t('unlock.file')}: <strong>{file.name}</strong>
      </Paragraph>
      <form className="stack" onSubmit={(event) => void form.submit(event)} noValidate>
        <Textfield
          label={t('recover.recoveryKey')}
          description={t('recover.recoveryKeyHelp')}
          value={recoveryKey}
          onChange={(event) => setRecoveryKey(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="monospace-field"
          error={form.submitted && recoveryKey.trim() === '' ? t('recover.missingKey') : undefined}
        />
        <PassphrasePairFields pair={pair} label={t('recover.newPassphrase')} repeatLabel={t('recover.repeat')} showErrors={form.submitted} />
        <FormSendButtons error={form.error} busy={form.busy} sendLabel={t('recover.submit')} busyLabel={t('recover.working')} backLabel={t('recover.backToUnlock')} onBack={onBack} />
      </form>
    </ScreenShell>
  );
}
