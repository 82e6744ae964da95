import { Button, Field, Heading, Label, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { isoToDisplay } from '../../components/grid/format.ts';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';
import type { GrantSummary } from './api.ts';
import { daysUntil, GRANT_DEADLINE_KINDS, isIsoDate, type GrantDeadlineKind } from './model.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

/** A grant's deadlines (report, interim report, application): the list, mark as sent, remove, add. */
export function GrantDeadlines({ grant, onChanged }: { grant: GrantSummary; onChanged: (grant: GrantSummary) => void }) {
  const { t } = useTranslation();
  const kindId = useId();
  const [kind, setKind] = useState<GrantDeadlineKind>('report');
  const [dueOn, setDueOn] = useState('');
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const today = osloToday();
  const rows = [...grant.deadlines].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));

  async function add(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!isIsoDate(dueOn)) return;
    const ok = await action.run(async () => {
      onChanged(await call('grants.addDeadline', { grantId: grant.id, kind, dueOn, description: description.trim() || null }));
      return t('reports.deadlines.added');
    });
    if (ok) {
      setDueOn('');
      setDescription('');
      setSubmitted(false);
    }
  }

  const complete = (deadlineId: string) =>
    action.run(async () => {
      onChanged(await call('grants.completeDeadline', { deadlineId, doneOn: today }));
      return t('reports.deadlines.completed');
    });
  const remove = (deadlineId: string) =>
    action.run(async () => {
      onChanged(await call('grants.removeDeadline', { deadlineId }));
      return t('reports.deadlines.removed');
    });

  return (
    <section className="stack subform" aria-labelledby={`${kindId}-title`} data-testid="grant-deadlines">
      <Heading level={3} data-size="2xs" id={`${kindId}-title`}>
        {t('reports.deadlines.title')}
      </Heading>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.deadlines.none')}</p>
      ) : (
        <Table data-size="sm" zebra>
          <caption className="sr-only">{t('reports.deadlines.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('reports.deadlines.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.deadlines.dueOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.deadlines.description')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.deadlines.status')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">{t('reports.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => {
              const days = daysUntil(row.dueOn, today);
              const kindName = t(`reports.deadlineKinds.${row.kind}`, { defaultValue: row.kind });
              return (
                <Table.Row key={row.id}>
                  <Table.Cell>{kindName}</Table.Cell>
                  <Table.Cell>{isoToDisplay(row.dueOn)}</Table.Cell>
                  <Table.Cell>{row.description ?? ''}</Table.Cell>
                  <Table.Cell>
                    {row.doneOn ? (
                      <Tag data-color="success">{t('reports.deadlines.doneOn', { date: isoToDisplay(row.doneOn) })}</Tag>
                    ) : days < 0 ? (
                      <Tag data-color="danger">{t('reports.deadlines.overdue', { count: -days })}</Tag>
                    ) : (
                      <Tag data-color="neutral">{t('reports.deadlines.daysLeft', { count: days })}</Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="button-row button-row--tight">
                      {!row.doneOn && (
                        <Button
                          data-size="sm"
                          variant="secondary"
                          disabled={action.busy}
                          onClick={() => void complete(row.id)}
                          aria-label={t('reports.deadlines.markDoneFor', { kind: kindName, date: isoToDisplay(row.dueOn) })}
                        >
                          {t('reports.deadlines.markDone')}
                        </Button>
                      )}
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        disabled={action.busy}
                        onClick={() => void remove(row.id)}
                        aria-label={t('reports.deadlines.removeFor', { kind: kindName, date: isoToDisplay(row.dueOn) })}
                      >
                        {t('reports.deadlines.remove')}
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      <form className="reports-form__fields" onSubmit={(event) => void add(event)} noValidate>
        <Field>
          <Label htmlFor={kindId}>{t('reports.deadlines.kind')}</Label>
          <Select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as GrantDeadlineKind)}>
            {GRANT_DEADLINE_KINDS.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`reports.deadlineKinds.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <DateField
          label={t('reports.deadlines.dueOn')}
          value={dueOn}
          onChange={setDueOn}
          error={submitted && !isIsoDate(dueOn) ? t('common.required') : undefined}
        />
        <Textfield label={t('reports.deadlines.description')} value={description} onChange={(event) => setDescription(event.target.value)} maxLength={500} />
        <div className="reports-form__submit">
          <Button type="submit" variant="secondary" disabled={action.busy}>
            {t('reports.deadlines.add')}
          </Button>
        </div>
      </form>
      <StatusMessage error={action.error} done={action.done} />
    </section>
  );
}
