import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

/** Gives a colleague access with a passphrase of their own (they can change it later). */
export function AddStaffForm({ onAdded }: { onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const pair = usePassphrasePair([name]);
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (name.trim() === '' || pair.problem) return;
    const added = name.trim();
    const ok = await action.run(async () => {
      await call('staff.add', { name: added, passphrase: pair.passphrase });
      return t('settings.staff.added', { name: added });
    });
    if (ok) {
      setName('');
      pair.reset();
      setSubmitted(false);
      await onAdded();
    }
  }

  return (
    <form className="stack subform" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={3} data-size="2xs">
        {t('settings.staff.addTitle')}
      </Heading>
      <Textfield
        label={t('settings.staff.addName')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        error={submitted && name.trim() === '' ? t('settings.staff.missingName') : undefined}
      />
      <PassphrasePairFields pair={pair} label={t('settings.staff.addPassphrase')} repeatLabel={t('settings.ownPassphrase.repeat')} showErrors={submitted} />
      <div className="button-row">
        <Button type="submit" loading={action.busy} disabled={action.busy}>
          {t('settings.staff.addSubmit')}
        </Button>
      </div>
      <StatusMessage error={action.error} done={action.done} />
    </form>
  );
}
