import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

/**
 * Change the signed-in staff member's own passphrase (the current one is asked for). Unlocked
 * with the key this computer remembers, no staff member is signed in (`myName` null): the API
 * refuses then, so the section says to unlock with the passphrase instead.
 */
export function OwnPassphraseForm({ myName }: { myName: string | null }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const pair = usePassphrasePair(myName ? [myName] : []);
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (current === '' || pair.problem) return;
    const ok = await action.run(async () => {
      await call('staff.changePassphrase', { current, next: pair.passphrase });
      return t('settings.ownPassphrase.changed');
    });
    if (ok) {
      setCurrent('');
      pair.reset();
      setSubmitted(false);
    }
  }

  return (
    <SettingsSection title={t('settings.ownPassphrase.title')}>
      {myName === null ? (
        <Paragraph data-testid="own-passphrase-unavailable">{t('settings.ownPassphrase.unlockedOnThisComputer')}</Paragraph>
      ) : (
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          {/* Lets password managers tie the change to the right account. */}
          <input type="text" name="username" autoComplete="username" value={myName} readOnly hidden />
          <Textfield
            label={t('settings.ownPassphrase.current')}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            error={submitted && current === '' ? t('unlock.missingPassphrase') : undefined}
            spellCheck={false}
          />
          <PassphrasePairFields pair={pair} label={t('settings.ownPassphrase.next')} repeatLabel={t('settings.ownPassphrase.repeat')} showErrors={submitted} />
          <div className="button-row">
            <Button type="submit" loading={action.busy} disabled={action.busy}>
              {t('settings.ownPassphrase.submit')}
            </Button>
          </div>
          <StatusMessage error={action.error} done={action.done} />
        </form>
      )}
    </SettingsSection>
  );
}
