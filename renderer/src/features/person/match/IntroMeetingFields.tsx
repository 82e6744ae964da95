import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export type IntroMeeting = { date: string; time: string; place: string };

/** Koblingsmøte date, time (optional) and place: used when a pair is accepted and when the meeting is booked or moved. */
export function IntroMeetingFields({ value, onChange }: { value: IntroMeeting; onChange: (next: IntroMeeting) => void }) {
  const { t } = useTranslation();
  return (
    <div className="person-form__fields">
      <Textfield label={t('lifecycle.intro.date')} type="date" data-size="sm" value={value.date} onChange={(event) => onChange({ ...value, date: event.target.value })} />
      <Textfield
        label={t('lifecycle.intro.time')}
        type="time"
        data-size="sm"
        value={value.time}
        onChange={(event) => onChange({ ...value, time: event.target.value })}
        error={value.time && !value.date ? t('lifecycle.intro.timeNeedsDate') : undefined}
      />
      <Textfield label={t('lifecycle.intro.place')} data-size="sm" value={value.place} onChange={(event) => onChange({ ...value, place: event.target.value })} />
    </div>
  );
}
