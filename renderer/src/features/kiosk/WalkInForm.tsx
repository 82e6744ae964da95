import { Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type PersonKind } from '../events/api.ts';
import { kioskCall } from './kiosk-end.ts';
import type { WalkInReply } from './walk-in-confirmation.ts';

const ROLES: PersonKind[] = ['participant', 'mentor', 'guest'];

type Problems = { firstName?: string; lastName?: string; contact?: string; consent?: string };

/**
 * Not on the list: name, phone or e-mail, role and consent, then checked in at once. Built for
 * the keyboard: the first field has focus, Tab walks the form, arrows pick the role, Space ticks
 * consent and Enter sends.
 */
export function WalkInForm({ onCancel, onDone }: { onCancel: () => void; onDone: (reply: WalkInReply) => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<PersonKind>('guest');
  const [consent, setConsent] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const language = i18n.language === 'en' ? 'en' : 'nb';

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const { data: consentText } = useApi(() => kioskCall('kiosk.consentText', { language }).then((value) => value.text), [language], { onError: setError });

  const problems: Problems = {};
  if (firstName.trim() === '') problems.firstName = t('kiosk.walkIn.firstNameMissing');
  if (lastName.trim() === '') problems.lastName = t('kiosk.walkIn.lastNameMissing');
  if (phone.trim() === '' && email.trim() === '') problems.contact = t('kiosk.walkIn.contactMissing');
  if (!consent) problems.consent = t('kiosk.walkIn.consentMissing');
  const shownProblems: Problems = submitted ? problems : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      const hit = await kioskCall('kiosk.walkIn', {
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        role,
        consent,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
      });
      onDone(hit);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <section className="kiosk__walk-in-form" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('kiosk.walkIn.title')}
      </Heading>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate data-testid="walk-in-form">
        <div className="kiosk__row">
          <Textfield
            ref={firstRef}
            label={t('kiosk.walkIn.firstName')}
            autoComplete="off"
            value={firstName}
            onChange={(event) => setFirstName(event.target.value)}
            error={shownProblems.firstName}
          />
          <Textfield
            label={t('kiosk.walkIn.lastName')}
            autoComplete="off"
            value={lastName}
            onChange={(event) => setLastName(event.target.value)}
            error={shownProblems.lastName}
          />
        </div>
        <div className="kiosk__row">
          <Textfield label={t('kiosk.walkIn.phone')} type="tel" autoComplete="off" value={phone} onChange={(event) => setPhone(event.target.value)} error={shownProblems.contact} />
          <Textfield label={t('kiosk.walkIn.email')} type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <Fieldset>
          <Fieldset.Legend>{t('kiosk.walkIn.role')}</Fieldset.Legend>
          <div className="kiosk__roles">
            {ROLES.map((value) => (
              <Radio key={value} name="walk-in-role" value={value} label={t(`kiosk.kinds.${value}`)} checked={role === value} onChange={() => setRole(value)} />
            ))}
          </div>
        </Fieldset>
        <div className="kiosk__consent">
          <Paragraph data-size="sm" data-testid="consent-text">
            {consentText ?? t('app.loading')}
          </Paragraph>
          <Checkbox label={t('kiosk.walkIn.consent')} checked={consent} onChange={(event) => setConsent(event.target.checked)} error={shownProblems.consent} />
        </div>
        <ErrorAlert error={error} />
        <div className="button-row">
          <Button type="submit" className="kiosk__big-button" loading={busy} disabled={busy || consentText === null}>
            {t('kiosk.walkIn.submit')}
          </Button>
          <Button variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
