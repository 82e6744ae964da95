import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DateField, TimeField } from '../../../components/date-field/DateField.tsx';

export type IntroMeeting = { date: string; time: string; place: string };

/** Koblingsmøte date, time (optional) and place: used when a pair is accepted and when the meeting is booked or moved. */
export function IntroMeetingFields({ value, onChange }: { value: IntroMeeting; onChange: (next: IntroMeeting) => void }) {
  const { t } = useTranslation();
  return (
    <div className="person-form__fields">
      <DateField label={t('lifecycle.intro.date')} data-size="sm" value={value.date} onChange={(date) => onChange({ ...value, date })} />
      <TimeField
        label={t('lifecycle.intro.time')}
        data-size="sm"
        value={value.time}
        onChange={(time) => onChange({ ...value, time })}
        error={value.time && !value.date ? t('lifecycle.intro.timeNeedsDate') : undefined}
      />
      <Textfield label={t('lifecycle.intro.place')} data-size="sm" value={value.place} onChange={(event) => onChange({ ...value, place: event.target.value })} />
    </div>
  );
}
