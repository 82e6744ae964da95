import { Alert, Button, Field, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { call } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../../components/grid/format.ts';
import { osloToday } from '../../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import { nextTimepoint, OUTCOME_CATEGORIES, OUTCOME_TIMEPOINTS, takesEmployer, type OutcomeCategory, type OutcomeTimepoint } from './model.ts';
import { DateField } from '../../../components/date-field/DateField.tsx';

type OutcomeRow = ApiOutput<'outcomes.list'>[number];
type DueRow = ApiOutput<'outcomes.due'>[number];

/** How far ahead the panel reminds about a follow-up. */
const REMIND_DAYS = 60;

/** Resultat: the participant's outcome at exit and 3 and 6 months after, with the follow-ups that are due. */
export function OutcomesSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const ids = { timepoint: useId(), category: useId(), title: useId() };
  const [rows, setRows] = useState<OutcomeRow[] | null>(null);
  const [due, setDue] = useState<DueRow[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [timepoint, setTimepoint] = useState<OutcomeTimepoint>('exit');
  const [category, setCategory] = useState<OutcomeCategory>('fast_relevant');
  const [employer, setEmployer] = useState('');
  const [outcomeOn, setOutcomeOn] = useState(osloToday());
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();

  const load = useCallback(
    () =>
      Promise.all([call('outcomes.list', { participantId }), call('outcomes.due', { withinDays: REMIND_DAYS })]).then(
        ([list, reminders]) => {
          setRows(list);
          setDue(reminders.filter((row) => row.participantId === participantId));
          setTimepoint(nextTimepoint(list));
          setLoadError(null);
        },
        (caught: unknown) => {
          setLoadError(caught);
          setRows((current) => current ?? []);
        },
      ),
    [participantId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  function edit(row: OutcomeRow) {
    setTimepoint(row.timepoint);
    setCategory(row.category);
    setEmployer(row.employer ?? '');
    setOutcomeOn(row.outcomeOn);
    setNote(row.note ?? '');
    action.clear();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!outcomeOn) return;
    const ok = await action.run(async () => {
      await call('outcomes.record', {
        participantId,
        timepoint,
        category,
        employer: takesEmployer(category) ? employer.trim() || null : null,
        outcomeOn,
        note: note.trim() || null,
      });
      return t('outcomes.saved');
    });
    if (ok) {
      setSubmitted(false);
      setEmployer('');
      setNote('');
      await load();
    }
  }

  const remove = (row: OutcomeRow) =>
    action.run(async () => {
      await call('outcomes.remove', { outcomeId: row.id });
      await load();
      return t('outcomes.removed');
    });

  const timepointName = (value: string) => t(`outcomes.timepoints.${value}`, { defaultValue: value });
  const categoryName = (value: string) => t(`outcomes.categories.${value}`, { defaultValue: value });

  return (
    <div className="stack" data-testid="outcomes">
      <ErrorAlert error={loadError} />
      {due.map((row) => (
        <Alert key={row.timepoint} data-color={row.overdue ? 'warning' : 'info'} data-size="sm">
          <Paragraph data-size="sm">
            {t(row.overdue ? 'outcomes.dueOverdue' : 'outcomes.dueSoon', { timepoint: timepointName(row.timepoint), date: isoToDisplay(row.dueOn) })}
          </Paragraph>
        </Alert>
      ))}
      {rows && rows.length === 0 && <p className="muted">{t('outcomes.none')}</p>}
      {rows && rows.length > 0 && (
        <Table data-size="sm" zebra data-testid="outcomes-table">
          <caption className="sr-only">{t('outcomes.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('outcomes.timepoint')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outcomes.category')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outcomes.employer')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outcomes.outcomeOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outcomes.note')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">{t('outcomes.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...rows]
              .sort((a, b) => OUTCOME_TIMEPOINTS.indexOf(a.timepoint) - OUTCOME_TIMEPOINTS.indexOf(b.timepoint))
              .map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell>{timepointName(row.timepoint)}</Table.Cell>
                  <Table.Cell>{categoryName(row.category)}</Table.Cell>
                  <Table.Cell>{row.employer ?? ''}</Table.Cell>
                  <Table.Cell>{isoToDisplay(row.outcomeOn)}</Table.Cell>
                  <Table.Cell>{row.note ?? ''}</Table.Cell>
                  <Table.Cell>
                    <div className="button-row button-row--tight">
                      <Button data-size="sm" variant="secondary" onClick={() => edit(row)} aria-label={t('outcomes.editFor', { timepoint: timepointName(row.timepoint) })}>
                        {t('outcomes.edit')}
                      </Button>
                      <Button data-size="sm" variant="tertiary" disabled={action.busy} onClick={() => void remove(row)} aria-label={t('outcomes.removeFor', { timepoint: timepointName(row.timepoint) })}>
                        {t('outcomes.remove')}
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
          </Table.Body>
        </Table>
      )}
      <form className="stack subform" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={ids.title}>
        <Heading level={3} data-size="2xs" id={ids.title}>
          {t('outcomes.recordTitle')}
        </Heading>
        <div className="person-form__fields">
          <Field>
            <Label htmlFor={ids.timepoint}>{t('outcomes.timepoint')}</Label>
            <Select id={ids.timepoint} value={timepoint} onChange={(event) => setTimepoint(event.target.value as OutcomeTimepoint)}>
              {OUTCOME_TIMEPOINTS.map((value) => (
                <Select.Option key={value} value={value}>
                  {timepointName(value)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={ids.category}>{t('outcomes.category')}</Label>
            <Select id={ids.category} value={category} onChange={(event) => setCategory(event.target.value as OutcomeCategory)}>
              {OUTCOME_CATEGORIES.map((value) => (
                <Select.Option key={value} value={value}>
                  {categoryName(value)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {takesEmployer(category) && <Textfield label={t('outcomes.employer')} value={employer} onChange={(event) => setEmployer(event.target.value)} maxLength={200} />}
          <DateField
            label={t('outcomes.outcomeOn')}
            value={outcomeOn}
            onChange={setOutcomeOn}
            error={submitted && !outcomeOn ? t('common.required') : undefined}
          />
        </div>
        <Textfield label={t('outcomes.note')} multiline rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        {rows?.some((row) => row.timepoint === timepoint) && <Paragraph data-size="sm">{t('outcomes.replaces', { timepoint: timepointName(timepoint) })}</Paragraph>}
        <div className="button-row">
          <Button type="submit" loading={action.busy} disabled={action.busy}>
            {t('outcomes.record')}
          </Button>
        </div>
        <StatusMessage error={action.error} done={action.done} />
      </form>
    </div>
  );
}
