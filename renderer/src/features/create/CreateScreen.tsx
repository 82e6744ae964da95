import { Button, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { FileRef } from '../../app/screen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { ScreenShell } from '../../components/ScreenShell.tsx';

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
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function chooseFile() {
    setError(null);
    try {
      const chosen = await call('vault.chooseNewFile', { suggestedName: t('create.defaultFileName') });
      if (chosen) setFile(chosen);
    } catch (caught) {
      setError(caught);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!file || staffName.trim() === '' || pair.problem) return;
    setBusy(true);
    setError(null);
    try {
      const created = await call('vault.create', { path: file.path, staffName: staffName.trim(), passphrase: pair.passphrase });
      pair.reset();
      onCreated({ recoveryKey: created.recoveryKey, fileName: created.fileName, staffName: created.staffName ?? staffName.trim() });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <ScreenShell title={t('create.title')}>
      <Paragraph>{t('create.intro')}</Paragraph>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('create.fileLegend')}</Fieldset.Legend>
          <Paragraph data-size="sm" data-testid="chosen-file">
            {file ? t('create.chosenFile', { name: file.name }) : t('create.noFile')}
          </Paragraph>
          <div className="button-row">
            <Button type="button" variant="secondary" onClick={() => void chooseFile()}>
              {file ? t('create.changeFile') : t('create.chooseFile')}
            </Button>
          </div>
          {submitted && !file && <ValidationMessage>{t('create.missingFile')}</ValidationMessage>}
        </Fieldset>
        <Textfield
          label={t('create.staffName')}
          description={t('create.staffNameHelp')}
          value={staffName}
          onChange={(event) => setStaffName(event.target.value)}
          autoComplete="name"
          error={submitted && staffName.trim() === '' ? t('create.missingName') : undefined}
        />
        <PassphrasePairFields pair={pair} label={t('create.passphrase')} repeatLabel={t('create.repeat')} showErrors={submitted} />
        <ErrorAlert error={error} />
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {busy ? t('create.creating') : t('create.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel} disabled={busy}>
            {t('create.backToStart')}
          </Button>
        </div>
      </form>
    </ScreenShell>
  );
}
