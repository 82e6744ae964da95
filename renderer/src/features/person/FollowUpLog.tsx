import { Button, Field, Heading, Label, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDisplay } from '../../components/grid/format.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { call } from '../../api/client.ts';
import { type PersonDetail } from '../../api/people.ts';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { FOLLOW_UP_KINDS } from './fields.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

/** Oppfølging: the log (date, kind, minutes, staff member, note) and a form to add a contact. */
export function FollowUpLog({ person, onAdded }: { person: PersonDetail; onAdded: () => void }) {
  const { t } = useTranslation();
  const kindId = useId();
  const [date, setDate] = useState(osloToday());
  const [kind, setKind] = useState<(typeof FOLLOW_UP_KINDS)[number]>('call');
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const minutesInvalid = minutes.trim() !== '' && !/^\d{1,4}$/.test(minutes.trim());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!date || minutesInvalid || note.trim() === '') return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await call('followUps.add', { participantId: person.id, date, kind, minutes: minutes.trim() === '' ? null : Number(minutes), note: note.trim() });
      setNote('');
      setMinutes('');
      setSubmitted(false);
      setDone(t('person.followUps.added'));
      onAdded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const rows = [...(person.followUps ?? [])].sort((a, b) => (a.date < b.date ? 1 : -1));
  return (
    <div className="stack">
      {rows.length === 0 ? (
        <p className="muted">{t('person.followUps.none')}</p>
      ) : (
        <Table data-size="sm" zebra data-testid="follow-ups">
          <caption className="sr-only">{t('person.tabs.followUps')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('person.followUps.date')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.followUps.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.followUps.minutes')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.followUps.staff')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.followUps.note')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>{isoToDisplay(row.date)}</Table.Cell>
                <Table.Cell>{t(`person.values.followUpKind.${row.kind}`, { defaultValue: row.kind })}</Table.Cell>
                <Table.Cell>{row.minutes ?? ''}</Table.Cell>
                <Table.Cell>{row.staffName ?? ''}</Table.Cell>
                <Table.Cell>{row.note ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <form className="stack subform" onSubmit={(event) => void submit(event)} noValidate>
        <Heading level={3} data-size="2xs">
          {t('person.followUps.addTitle')}
        </Heading>
        <div className="person-form__fields">
          <DateField label={t('person.followUps.date')} value={date} onChange={setDate} error={submitted && !date ? t('common.required') : undefined} />
          <Field>
            <Label htmlFor={kindId}>{t('person.followUps.kind')}</Label>
            <Select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as (typeof FOLLOW_UP_KINDS)[number])}>
              {FOLLOW_UP_KINDS.map((value) => (
                <Select.Option key={value} value={value}>
                  {t(`person.values.followUpKind.${value}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('person.followUps.minutes')}
            inputMode="numeric"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            error={submitted && minutesInvalid ? t('person.followUps.minutesInvalid') : undefined}
          />
        </div>
        <Textfield
          label={t('person.followUps.note')}
          multiline
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={submitted && note.trim() === '' ? t('common.required') : undefined}
        />
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {t('person.followUps.add')}
          </Button>
        </div>
        <StatusMessage error={error} done={done} />
      </form>
    </div>
  );
}
