import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { FileRef } from '../../app/screen.ts';
import { FormSendButtons } from '../../components/FormSendButtons.tsx';
import { NewProgrammeFileFieldset } from '../../components/NewProgrammeFileFieldset.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { ScreenShell } from '../../components/ScreenShell.tsx';
import { useFormSubmit } from '../../components/use-form-submit.ts';

type Props = {
  onCreated: (result: { recoveryKey: string; fileName: string; staffName: string }) => void;
  onCancel: () => void;
};

/** A new programme: where the file goes, who you are, your passphrase. */
export function CreateScreen({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<FileRef | null>(null);
  const [staffName, setStaffName] = useState('');
  const pair = usePassphrasePair([staffName]);
  const form = useFormSubmit(
    () => file !== null && staffName.trim() !== '' && !pair.problem,
    async () => {
      if (!file) return;
      const created = await call('vault.create', { path: file.path, staffName: staffName.trim(), passphrase: pair.passphrase });
      pair.reset();
      onCreated({ recoveryKey: created.recoveryKey, fileName: created.fileName, staffName: created.staffName ?? staffName.trim() });
    },
  );

  return (
    <ScreenShell title={t('create.title')}>
      <Paragraph>{t('create.intro')}</Paragraph>
      <form className="stack" onSubmit={(event) => void form.submit(event)} noValidate>
        <NewProgrammeFileFieldset
          legend={t('create.fileLegend')}
          file={file}
          onChosen={(chosen) => (form.setError(null), setFile(chosen))}
          onError={form.setError}
          showMissing={form.submitted}
        />
        <Textfield
          label={t('create.staffName')}
          description={t('create.staffNameHelp')}
          value={staffName}
          onChange={(event) => setStaffName(event.target.value)}
          autoComplete="name"
          error={form.submitted && staffName.trim() === '' ? t('create.missingName') : undefined}
        />
        <PassphrasePairFields pair={pair} label={t('create.passphrase')} repeatLabel={t('create.repeat')} showErrors={form.submitted} />
        <FormSendButtons error={form.error} busy={form.busy} sendLabel={t('create.submit')} busyLabel={t('create.creating')} backLabel={t('create.backToStart')} onBack={onCancel} />
      </form>
    </ScreenShell>
  );
}
