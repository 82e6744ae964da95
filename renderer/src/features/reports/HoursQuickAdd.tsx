import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';
import { grantLabel, type GrantSummary, type HoursRow } from './api.ts';
import { HOUR_ACTIVITIES, isIsoDate, parseAmount, parseHours, type HourActivity } from './model.ts';
import { useNumber } from './use-format.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

export type HoursPerson = { key: string; name: string; kind: 'staff' | 'mentor' };

type Props = {
  grants: GrantSummary[];
  staff: HoursPerson[];
  mentors: HoursPerson[];
  /** The grant the timesheet is filtered on: new rows go to it by default. */
  defaultGrantId: string;
  onAdded: (row: HoursRow) => void;
};

const VOLUNTEER = 'volunteer';

/**
 * One timesheet row typed from the keyboard: Tab through date, person, hours, activity, grant,
 * Enter adds it; the date field takes focus again with person, activity and grant kept, so a
 * week of rows is typed without the mouse.
 */
export function HoursQuickAdd({ grants, staff, mentors, defaultGrantId, onAdded }: Props) {
  const { t } = useTranslation();
  const ids = { person: useId(), activity: useId(), grant: useId() };
  const dateRef = useRef<HTMLInputElement>(null);
  const [workedOn, setWorkedOn] = useState(osloToday());
  const [person, setPerson] = useState(staff[0]?.key ?? '');
  const [volunteerName, setVolunteerName] = useState('');
  const [hours, setHours] = useState('');
  const [activity, setActivity] = useState<HourActivity>('coordination');
  const [grantId, setGrantId] = useState(defaultGrantId);
  const [hourlyValue, setHourlyValue] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const number = useNumber();

  const parsedHours = parseHours(hours);
  const parsedValue = parseAmount(hourlyValue);
  const needsName = person === VOLUNTEER && volunteerName.trim() === '';
  const chosenPerson = person || (staff[0]?.key ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!isIsoDate(workedOn) || parsedHours === null || !parsedValue.ok || needsName || !chosenPerson) return;
    const [kind, id] = chosenPerson.split(':');
    const who = kind === 'staff' ? { staffId: id } : kind === 'mentor' ? { mentorId: id } : { volunteerName: volunteerName.trim() };
    const ok = await action.run(async () => {
      const row = await call('hours.add', {
        workedOn,
        ...who,
        hours: parsedHours,
        activity,
        ...(grantId ? { grantId } : {}),
        ...(parsedValue.value !== null ? { hourlyValue: parsedValue.value } : {}),
      });
      onAdded(row);
      return t('reports.hours.added', { hours: number(row.hours), name: row.personName });
    });
    if (ok) {
      setHours('');
      setSubmitted(false);
      dateRef.current?.focus();
    }
  }

  return (
    <form className="stack subform" onSubmit={(event) => void submit(event)} noValidate data-testid="hours-quick-add" aria-label={t('reports.hours.addTitle')}>
      <div className="reports-form__fields reports-form__fields--row">
        <DateField
          ref={dateRef}
          label={t('reports.hours.workedOn')}
          value={workedOn}
          onChange={setWorkedOn}
          error={submitted && !isIsoDate(workedOn) ? t('common.required') : undefined}
        />
        <Field>
          <Label htmlFor={ids.person}>{t('reports.hours.person')}</Label>
          <Select id={ids.person} value={chosenPerson} onChange={(event) => setPerson(event.target.value)}>
            {staff.length > 0 && (
              <optgroup label={t('reports.personKinds.staff')}>
                {staff.map((member) => (
                  <Select.Option key={member.key} value={member.key}>
                    {member.name}
                  </Select.Option>
                ))}
              </optgroup>
            )}
            {mentors.length > 0 && (
              <optgroup label={t('reports.personKinds.mentor')}>
                {mentors.map((mentor) => (
                  <Select.Option key={mentor.key} value={mentor.key}>
                    {mentor.name}
                  </Select.Option>
                ))}
              </optgroup>
            )}
            <Select.Option value={VOLUNTEER}>{t('reports.hours.namedVolunteer')}</Select.Option>
          </Select>
        </Field>
        {person === VOLUNTEER && (
          <Textfield
            label={t('reports.hours.volunteerName')}
            value={volunteerName}
            onChange={(event) => setVolunteerName(event.target.value)}
            error={submitted && needsName ? t('common.required') : undefined}
            maxLength={200}
          />
        )}
        <Textfield
          label={t('reports.hours.hours')}
          inputMode="decimal"
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          error={submitted && parsedHours === null ? t('reports.hours.hoursInvalid') : undefined}
          className="narrow-field"
          size={6}
        />
        <Field>
          <Label htmlFor={ids.activity}>{t('reports.hours.activity')}</Label>
          <Select id={ids.activity} value={activity} onChange={(event) => setActivity(event.target.value as HourActivity)}>
            {HOUR_ACTIVITIES.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`reports.activities.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={ids.grant}>{t('reports.hours.grant')}</Label>
          <Select id={ids.grant} value={grantId} onChange={(event) => setGrantId(event.target.value)}>
            <Select.Option value="">{t('reports.hours.noGrant')}</Select.Option>
            {grants.map((grant) => (
              <Select.Option key={grant.id} value={grant.id}>
                {grantLabel(grant)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('reports.hours.hourlyValue')}
          description={t('reports.hours.hourlyValueHelp')}
          inputMode="decimal"
          value={hourlyValue}
          onChange={(event) => setHourlyValue(event.target.value)}
          error={submitted && !parsedValue.ok ? t('reports.grants.amountInvalid') : undefined}
          className="narrow-field"
          size={8}
        />
        <div className="reports-form__submit">
          <Button type="submit" disabled={action.busy}>
            {t('reports.hours.add')}
          </Button>
        </div>
      </div>
      <StatusMessage error={action.error} done={action.done} />
    </form>
  );
}
