import { Alert, Button, Card, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../../components/grid/format.ts';
import { osloToday } from '../../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import { PlacementForm } from './PlacementForm.tsx';
import type { PlacementRow } from './model.ts';
import { DateField } from '../../../components/date-field/DateField.tsx';

/** Ends a running placement: completed, or ended early with a reason. */
function EndPlacementForm({ placement, onDone, onCancel }: { placement: PlacementRow; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const outcomeId = useId();
  const action = useAction();
  const [outcome, setOutcome] = useState<'completed' | 'ended_early'>('completed');
  const [endedOn, setEndedOn] = useState(osloToday());
  const [reason, setReason] = useState('');
  const reasonMissing = outcome === 'ended_early' && !reason.trim();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!endedOn || reasonMissing) return;
    const ok = await action.run(async () => {
      await call('placements.end', { placementId: placement.id, endedOn, outcome, reason: reason.trim() || null });
      return null;
    });
    if (ok) onDone();
  };
  return (
    <form className="stack subform" data-testid="placement-end-form" noValidate onSubmit={(event) => void submit(event)}>
      <Heading level={4} data-size="2xs">
        {t('placement.end.title')}
      </Heading>
      <div className="person-form__fields">
        <Field>
          <Label htmlFor={outcomeId}>{t('placement.end.outcome')}</Label>
          <Select id={outcomeId} data-size="sm" value={outcome} onChange={(event) => setOutcome(event.target.value as 'completed' | 'ended_early')}>
            <Select.Option value="completed">{t('placement.status.completed')}</Select.Option>
            <Select.Option value="ended_early">{t('placement.status.ended_early')}</Select.Option>
          </Select>
        </Field>
        <DateField label={t('placement.end.date')} data-size="sm" value={endedOn} max={osloToday()} onChange={setEndedOn} />
      </div>
      <Textfield label={outcome === 'ended_early' ? t('placement.end.reasonRequired') : t('placement.end.reason')} data-size="sm" value={reason} onChange={(event) => setReason(event.target.value)} />
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={action.busy} disabled={action.busy || !endedOn || reasonMissing}>
          {t('placement.end.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <StatusMessage error={action.error} done={null} />
    </form>
  );
}

function PlacementCard({ placement, onChanged }: { placement: PlacementRow; onChanged: (warnings?: string[]) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'edit' | 'end' | null>(null);
  const fact = (label: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? null : (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    );
  return (
    <Card data-color="neutral" className="stack" data-testid="placement-card" data-status={placement.status}>
      <div className="button-row">
        <Heading level={4} data-size="xs">
          {placement.organisationName ?? t('placement.noCompany')}
          {placement.jobTitle ? ` — ${placement.jobTitle}` : ''}
        </Heading>
        <Tag data-color={placement.status === 'active' ? 'accent' : 'neutral'} data-testid="placement-status">
          {t(`placement.status.${placement.status}`)}
        </Tag>
        {placement.navAgreement && <Tag data-color="info">{t('placement.navTag')}</Tag>}
        {placement.warnings.includes('length_outside_3_6_months') && (
          <Tag data-color="warning" data-testid="placement-length-tag">
            {t('placement.warnings.short', { months: placement.plannedMonths ?? '?' })}
          </Tag>
        )}
      </div>
      <dl className="stub-facts">
        {fact(t('placement.fields.period'), `${isoToDisplay(placement.startsOn)} – ${isoToDisplay(placement.endsOn)}`)}
        {fact(t('placement.fields.supervisorName'), [placement.supervisorName, placement.supervisorEmail, placement.supervisorPhone].filter(Boolean).join(', '))}
        {fact(t('placement.fields.navOffice'), placement.navOfficeName)}
        {fact(t('placement.fields.navAdvisor'), placement.navAdvisor)}
        {fact(t('placement.fields.livelihood'), placement.livelihood ? t(`placement.livelihood.${placement.livelihood}`) : null)}
        {fact(t('placement.end.date'), isoToDisplay(placement.endedOn))}
        {fact(t('placement.end.reason'), placement.endReason === 'erased' ? t('placement.end.erasedReason') : placement.endReason)}
        {fact(t('placement.fields.notes'), placement.notes)}
      </dl>
      {open === null && (
        <div className="button-row">
          <Button data-size="sm" variant="secondary" onClick={() => setOpen('edit')}>
            {t('placement.edit')}
          </Button>
          {placement.status === 'active' && (
            <Button data-size="sm" variant="secondary" onClick={() => setOpen('end')}>
              {t('placement.end.open')}
            </Button>
          )}
        </div>
      )}
      {open === 'edit' && (
        <PlacementForm
          participantId={placement.participantId}
          placement={placement}
          onSaved={(warnings) => {
            setOpen(null);
            onChanged(warnings);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'end' && (
        <EndPlacementForm
          placement={placement}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </Card>
  );
}

/** Praksis in the person panel: the participant's placements, add, edit and end. A placement can run beside a mentor. */
export function PlacementSection({ personId, onChanged }: { personId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<PlacementRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [warning, setWarning] = useState(false);
  const load = useCallback(() => call('placements.list', { participantId: personId }).then((value) => (setRows(value), setError(null)), setError), [personId]);
  useEffect(() => {
    void load();
  }, [load]);
  const changed = (warnings: string[] = []) => {
    setWarning(warnings.includes('length_outside_3_6_months'));
    void load();
    onChanged();
  };
  return (
    <section className="stack" aria-labelledby={`praksis-${personId}`} data-testid="placement-section">
      <Heading level={3} data-size="xs" id={`praksis-${personId}`}>
        {t('placement.title')}
      </Heading>
      <ErrorAlert error={error} />
      <div role="status">
        {warning && (
          <Alert data-color="warning" data-size="sm">
            {t('placement.warnings.savedOutside')}
          </Alert>
        )}
      </div>
      {rows && rows.length === 0 && !adding && <Paragraph className="muted">{t('placement.none')}</Paragraph>}
      {rows?.map((placement) => <PlacementCard key={placement.id} placement={placement} onChanged={changed} />)}
      {adding ? (
        <PlacementForm
          participantId={personId}
          placement={null}
          onSaved={(warnings) => {
            setAdding(false);
            changed(warnings);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div className="button-row">
          <Button data-size="sm" onClick={() => (setAdding(true), setWarning(false))}>
            {t('placement.add')}
          </Button>
        </div>
      )}
    </section>
  );
}
