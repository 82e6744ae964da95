import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IntroMeetingFields, type IntroMeeting } from './IntroMeetingFields.tsx';
import { introMeetingValue } from './model.ts';

export type AcceptIntro = { introMeetingOn?: string; introMeetingPlace?: string | null };

/**
 * Kobling page: the accept button with the koblingsmøte's date, time and place beside it (all
 * optional: they can also be set later in the person panel).
 */
export function AcceptIntroForm({ busy, disabled, submitLabel, onAccept }: { busy: boolean; disabled: boolean; submitLabel: string; onAccept: (intro: AcceptIntro) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<IntroMeeting>({ date: '', time: '', place: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = introMeetingValue(value.date, value.time);
    onAccept({ ...(at ? { introMeetingOn: at } : {}), ...(value.place.trim() ? { introMeetingPlace: value.place.trim() } : {}) });
  };
  return (
    <form className="stack kobling-accept" data-testid="accept-form" noValidate onSubmit={submit}>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('lifecycle.accept.title')}</Fieldset.Legend>
        <Fieldset.Description>{t('lifecycle.accept.help')}</Fieldset.Description>
        <IntroMeetingFields value={value} onChange={setValue} />
      </Fieldset>
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} disabled={busy || disabled || Boolean(value.time && !value.date)}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
