import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import type { FileRef } from '../../app/screen.ts';
import { ChosenFileFieldset } from '../../components/ChosenFileFieldset.tsx';
import { FormSendButtons } from '../../components/FormSendButtons.tsx';
import { NewProgrammeFileFieldset } from '../../components/NewProgrammeFileFieldset.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { ScreenShell } from '../../components/ScreenShell.tsx';
import { useFormSubmit } from '../../components/use-form-submit.ts';

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
  const form = useFormSubmit(
    () => invitation !== null && file !== null && code.trim() !== '' && !pair.problem,
    async () => {
      if (!invitation || !file) return;
      const joined = await call('sync.join', { invitation: invitation.path, path: file.path, code: code.trim(), passphrase: pair.passphrase });
      pair.reset();
      onJoined(joined);
    },
  );

  async function chooseInvitation() {
    form.setError(null);
    try {
      const chosen = await call('sync.chooseInvitation', {});
      if (chosen) setInvitation(chosen);
    } catch (caught) {
      form.setError(caught);
    }
  }

  return (
    <ScreenShell title={t('join.title')}>
      <Paragraph>{t('join.intro')}</Paragraph>
      <form className="stack" onSubmit={(event) => void form.submit(event)} noValidate>
        <ChosenFileFieldset
          legend={t('join.invitationLegend')}
          chosen={invitation ? t('join.chosenInvitation', { name: invitation.name }) : t('join.noInvitation')}
          buttonLabel={t('join.chooseInvitation')}
          onChoose={() => void chooseInvitation()}
          missing={form.submitted && !invitation ? t('join.missingInvitation') : null}
          testId="chosen-invitation"
        />
        <Textfield
          label={t('join.code')}
          description={t('join.codeHelp')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          error={form.submitted && code.trim() === '' ? t('join.missingCode') : undefined}
        />
        <NewProgrammeFileFieldset
          legend={t('join.fileLegend')}
          file={file}
          onChosen={(chosen) => (form.setError(null), setFile(chosen))}
          onError={form.setError}
          showMissing={form.submitted}
        />
        <PassphrasePairFields pair={pair} label={t('join.passphrase')} repeatLabel={t('create.repeat')} showErrors={form.submitted} />
        <FormSendButtons error={form.error} busy={form.busy} sendLabel={t('join.submit')} busyLabel={t('join.joining')} backLabel={t('create.backToStart')} onBack={onCancel} />
      </form>
    </ScreenShell>
  );
}
