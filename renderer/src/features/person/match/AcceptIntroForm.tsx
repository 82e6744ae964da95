import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IntroMeetingFields, type IntroMeeting } from './IntroMeetingFields.tsx';
import { introMeetingValue } from './model.ts';

export type AcceptIntro = { introMeetingOn?: string; introMeetingPlace?: string | null };

/** Kobling page: accepting a pair asks for the koblingsmøte's date, time and place (all optional). */
export function AcceptIntroForm({ busy, onAccept, onCancel }: { busy: boolean; onAccept: (intro: AcceptIntro) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<IntroMeeting>({ date: '', time: '', place: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = introMeetingValue(value.date, value.time);
    onAccept({ ...(at ? { introMeetingOn: at } : {}), ...(value.place.trim() ? { introMeetingPlace: value.place.trim() } : {}) });
  };
  return (
    <form className="stack subform kobling-accept" data-testid="accept-form" noValidate onSubmit={submit}>
      <Heading level={3} data-size="2xs">
        {t('lifecycle.accept.title')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('lifecycle.accept.help')}
      </Paragraph>
      <IntroMeetingFields value={value} onChange={setValue} />
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} disabled={busy || Boolean(value.time && !value.date)}>
          {t('lifecycle.accept.submit')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
