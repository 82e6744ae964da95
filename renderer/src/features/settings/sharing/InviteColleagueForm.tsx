import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';

/**
 * "Inviter en kollega": a staff member for the newcomer, the invitation file saved where the dialog
 * says, and the one-time code shown once, to be given apart from the file.
 */
export function InviteColleagueForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const [staffName, setStaffName] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const action = useAction();

  async function invite(event: FormEvent) {
    event.preventDefault();
    await action.run(async () => {
      const invitation = await call('sync.invite', { staffName });
      if (!invitation) return null;
      setCode(invitation.code);
      setStaffName('');
      onInvited();
      return null;
    });
  }

  return (
    <div className="stack">
      <Heading level={3} data-size="2xs">
        {t('settings.sharing.invite.title')}
      </Heading>
      {code ? (
        <Alert data-color="info" data-testid="invitation-code">
          <Paragraph>{t('settings.sharing.invite.saved')}</Paragraph>
          <Paragraph>
            {t('settings.sharing.invite.codeLabel')} <strong className="recovery-key__value">{code}</strong>
          </Paragraph>
          <Paragraph data-size="sm">{t('settings.sharing.invite.codeNote')}</Paragraph>
          <Button variant="secondary" onClick={() => setCode(null)}>
            {t('recoveryKey.done')}
          </Button>
        </Alert>
      ) : (
        <form className="stack" onSubmit={(event) => void invite(event)} noValidate>
          <Paragraph data-size="sm">{t('settings.sharing.invite.text')}</Paragraph>
          <Textfield label={t('settings.sharing.invite.staffName')} value={staffName} onChange={(e) => setStaffName(e.target.value)} maxLength={200} autoComplete="off" />
          <div className="button-row">
            <Button type="submit" variant="secondary" loading={action.busy} disabled={action.busy || staffName.trim() === ''}>
              {t('settings.sharing.invite.action')}
            </Button>
          </div>
        </form>
      )}
      <StatusMessage error={action.error} done={action.done} />
    </div>
  );
}
