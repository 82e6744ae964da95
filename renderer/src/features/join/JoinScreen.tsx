import { Button, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import type { FileRef } from '../../app/screen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { ScreenShell } from '../../components/ScreenShell.tsx';

type Props = {
  onJoined: (result: ApiOutput<'sync.join'>) => void;
  onCancel: () => void;
};

/**
 * "Bli med i et delt program": the invitation file a colleague gave, the one-time code they gave
 * apart from it, where this laptop's copy goes, and your own new passphrase. The programme opens.
 */
export function JoinScreen({ onJoined, onCancel }: Props) {
  const { t } = useTranslation();
  const [invitation, setInvitation] = useState<FileRef | null>(null);
  const [file, setFile] = useState<FileRef | null>(null);
  const [code, setCode] = useState('');
  const pair = usePassphrasePair();
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function choose(which: 'invitation' | 'file') {
    setError(null);
    try {
      if (which === 'invitation') {
        const chosen = await call('sync.chooseInvitation', {});
        if (chosen) setInvitation(chosen);
      } else {
        const chosen = await call('vault.chooseNewFile', { suggestedName: t('create.defaultFileName') });
        if (chosen) setFile(chosen);
      }
    } catch (caught) {
      setError(caught);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!invitation || !file || code.trim() === '' || pair.problem) return;
    setBusy(true);
    setError(null);
    try {
      const joined = await call('sync.join', { invitation: invitation.path, path: file.path, code: code.trim(), passphrase: pair.passphrase });
      pair.reset();
      onJoined(joined);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <ScreenShell title={t('join.title')}>
      <Paragraph>{t('join.intro')}</Paragraph>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('join.invitationLegend')}</Fieldset.Legend>
          <Paragraph data-size="sm" data-testid="chosen-invitation">
            {invitation ? t('join.chosenInvitation', { name: invitation.name }) : t('join.noInvitation')}
          </Paragraph>
          <div className="button-row">
            <Button type="button" variant="secondary" onClick={() => void choose('invitation')}>
              {t('join.chooseInvitation')}
            </Button>
          </div>
          {submitted && !invitation && <ValidationMessage>{t('join.missingInvitation')}</ValidationMessage>}
        </Fieldset>
        <Textfield
          label={t('join.code')}
          description={t('join.codeHelp')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          error={submitted && code.trim() === '' ? t('join.missingCode') : undefined}
        />
        <Fieldset>
          <Fieldset.Legend>{t('join.fileLegend')}</Fieldset.Legend>
          <Paragraph data-size="sm" data-testid="chosen-file">
            {file ? t('create.chosenFile', { name: file.name }) : t('create.noFile')}
          </Paragraph>
          <div className="button-row">
            <Button type="button" variant="secondary" onClick={() => void choose('file')}>
              {file ? t('create.changeFile') : t('create.chooseFile')}
            </Button>
          </div>
          {submitted && !file && <ValidationMessage>{t('create.missingFile')}</ValidationMessage>}
        </Fieldset>
        <PassphrasePairFields pair={pair} label={t('join.passphrase')} repeatLabel={t('create.repeat')} showErrors={submitted} />
        <ErrorAlert error={error} />
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {busy ? t('join.joining') : t('join.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel} disabled={busy}>
            {t('create.backToStart')}
          </Button>
        </div>
      </form>
    </ScreenShell>
  );
}
