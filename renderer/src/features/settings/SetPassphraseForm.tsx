import { Button, Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import type { StaffMember } from './StaffSection.tsx';

type Props = { member: StaffMember; onDone: (message: string) => Promise<void>; onCancel: () => void };

/** Sets a staff member's passphrase (a colleague who forgot theirs, or oneself after a recovery). */
export function SetPassphraseForm({ member, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const pair = usePassphrasePair([member.name]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (pair.problem) return;
    setBusy(true);
    setError(null);
    try {
      await call('staff.setPassphrase', { staffId: member.id, passphrase: pair.passphrase });
      pair.reset();
      await onDone(t('settings.staff.passphraseSet', { name: member.name }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <form className="stack subform" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={3} data-size="2xs" ref={headingRef} tabIndex={-1}>
        {t('settings.staff.setPassphrase', { name: member.name })}
      </Heading>
      <input type="text" name="username" autoComplete="username" value={member.name} readOnly hidden />
      <PassphrasePairFields pair={pair} label={t('settings.ownPassphrase.next')} repeatLabel={t('settings.ownPassphrase.repeat')} showErrors={submitted} />
      <ErrorAlert error={error} />
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy}>
          {t('settings.staff.setPassphraseAction')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
