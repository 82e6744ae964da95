import { Button, Field, Heading, Label, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { isoToDisplay } from '../../../components/grid/format.ts';
import { osloToday } from '../../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import { MATCH_MEETING_KINDS, type MatchRow, type MeetingRow } from './model.ts';
import { DateField } from '../../../components/date-field/DateField.tsx';

/** A match's meetings and check-ins (midtveis, avslutning); an add form while the period runs. */
export function MeetingLog({ match, onAdded }: { match: MatchRow; onAdded: () => void }) {
  const { t } = useTranslation();
  const kindId = useId();
  const [rows, setRows] = useState<MeetingRow[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [date, setDate] = useState(osloToday());
  const [minutes, setMinutes] = useState('');
  const [topics, setTopics] = useState('');
  const [kind, setKind] = useState<(typeof MATCH_MEETING_KINDS)[number]>('meeting');
  const action = useAction();
  const minutesInvalid = minutes.trim() !== '' && !/^\d{1,4}$/.test(minutes.trim());

  const load = useCallback(() => call('matching.meetings', { matchId: match.id }).then(setRows, setLoadError), [match.id]);
  useEffect(() => {
    void load();
  }, [load]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!date || minutesInvalid) return;
    const ok = await action.run(async () => {
      await call('matching.addMeeting', { matchId: match.id, date, kind, minutes: minutes.trim() ? Number(minutes) : null, topics });
      return t('lifecycle.meetings.added');
    });
    if (ok) {
      setMinutes('');
      setTopics('');
      setKind('meeting');
      void load();
      onAdded();
    }
  };

  return (
    <div className="stack">
      <Heading level={4} data-size="2xs">
        {t('lifecycle.meetings.title')}
      </Heading>
      <StatusMessage error={loadError} done={null} />
      {rows && rows.length === 0 && <p className="muted">{t('lifecycle.meetings.none')}</p>}
      {rows && rows.length > 0 && (
        <Table data-size="sm" zebra data-testid="meeting-log">
          <caption className="sr-only">{t('lifecycle.meetings.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('lifecycle.meetings.date')}</Table.HeaderCell>
              <Table.HeaderCell>{t('lifecycle.meetings.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('lifecycle.meetings.minutes')}</Table.HeaderCell>
              <Table.HeaderCell>{t('lifecycle.meetings.topics')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>{isoToDisplay(row.metOn)}</Table.Cell>
                <Table.Cell>{t(`lifecycle.meetingKind.${row.kind}`)}</Table.Cell>
                <Table.Cell>{row.minutes ?? ''}</Table.Cell>
                <Table.Cell>{row.topics ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {match.status === 'active' && (
        <form className="stack subform" data-testid="meeting-form" noValidate onSubmit={(event) => void add(event)}>
          <Heading level={5} data-size="2xs">
            {t('lifecycle.meetings.addTitle')}
          </Heading>
          <div className="person-form__fields">
            <DateField label={t('lifecycle.meetings.date')} data-size="sm" value={date} max={osloToday()} onChange={setDate} error={!date ? t('common.required') : undefined} />
            <Field>
              <Label htmlFor={kindId}>{t('lifecycle.meetings.kind')}</Label>
              <Select id={kindId} data-size="sm" value={kind} onChange={(event) => setKind(event.target.value as (typeof MATCH_MEETING_KINDS)[number])}>
                {MATCH_MEETING_KINDS.map((value) => (
                  <Select.Option key={value} value={value}>
                    {t(`lifecycle.meetingKind.${value}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              label={t('lifecycle.meetings.minutes')}
              inputMode="numeric"
              data-size="sm"
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
              error={minutesInvalid ? t('lifecycle.meetings.minutesInvalid') : undefined}
            />
          </div>
          <Textfield label={t('lifecycle.meetings.topics')} multiline rows={2} data-size="sm" value={topics} onChange={(event) => setTopics(event.target.value)} />
          <div className="button-row">
            <Button type="submit" data-size="sm" loading={action.busy} disabled={action.busy || !date || minutesInvalid}>
              {t('lifecycle.meetings.add')}
            </Button>
          </div>
          <StatusMessage error={action.error} done={action.done} />
        </form>
      )}
    </div>
  );
}
