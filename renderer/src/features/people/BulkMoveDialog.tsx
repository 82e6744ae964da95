import { Alert, Button, Dialog, Heading, Paragraph, Select, Textfield, Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { STAGES, fullName, type PersonRow, type Stage } from '../../api/people.ts';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

type Refusal = { id: string; from: Stage | null; to: Stage; why?: string };

function refusalsOf(error: unknown): Refusal[] | null {
  if (!(error instanceof ApiCallError) || error.code !== 'PIPELINE_TRANSITION_REFUSED') return null;
  return Array.isArray(error.details) ? (error.details as Refusal[]) : [];
}

type Props = { people: PersonRow[]; onClose: () => void; onMoved: (moved: number, stage: Stage) => void };

/** "Flytt til stadium …" for the selected rows: a stage, a reason (required) and the date it took effect. */
export function BulkMoveDialog({ people, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const stageId = useId();
  const [stage, setStage] = useState<Stage | ''>('');
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(osloToday());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [refused, setRefused] = useState<Refusal[] | null>(null);
  const [ids, setIds] = useState(() => people.map((person) => person.id));
  const byId = new Map(people.map((person) => [person.id, person]));

  async function move(targetIds: string[]) {
    if (stage === '') return;
    setBusy(true);
    setError(null);
    setRefused(null);
    try {
      const result = await call('pipeline.move', { ids: targetIds, stage, reason: reason.trim(), effectiveOn });
      onMoved(result.moved, stage);
    } catch (caught) {
      const refusals = refusalsOf(caught);
      if (refusals) setRefused(refusals);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (stage === '' || reason.trim() === '' || !effectiveOn) return;
    void move(ids);
  }

  const movable = refused ? ids.filter((id) => !refused.some((refusal) => refusal.id === id)) : [];

  return (
    <Dialog open onClose={onClose} closeButton={t('common.close')} aria-labelledby={`${stageId}-title`} className="bulk-move" data-testid="bulk-move">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${stageId}-title`}>
          {t('people.move.title', { count: ids.length })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form className="stack" onSubmit={submit} noValidate>
          <Paragraph data-size="sm">{ids.map((id) => fullName(byId.get(id) ?? {})).join(', ')}</Paragraph>
          <Field>
            <Label htmlFor={stageId}>{t('people.move.stage')}</Label>
            <Select id={stageId} value={stage} onChange={(event) => setStage(event.target.value as Stage | '')} aria-invalid={submitted && stage === '' ? true : undefined}>
              <Select.Option value="">{t('people.move.chooseStage')}</Select.Option>
              {STAGES.map((value) => (
                <Select.Option key={value} value={value}>
                  {t(`stages.${value}`)}
                </Select.Option>
              ))}
            </Select>
            {submitted && stage === '' && <ValidationMessage>{t('people.move.stageMissing')}</ValidationMessage>}
          </Field>
          <Textfield
            label={t('people.move.reason')}
            multiline
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={submitted && reason.trim() === '' ? t('people.move.reasonMissing') : undefined}
          />
          <DateField label={t('people.move.effectiveOn')} value={effectiveOn} onChange={setEffectiveOn} />
          {refused && (
            <Alert data-color="warning" role="alert" data-testid="move-refused">
              <Heading level={3} data-size="2xs">
                {t('people.move.refusedTitle', { count: refused.length })}
              </Heading>
              <ul className="plain-list">
                {refused.map((refusal) => (
                  <li key={refusal.id}>
                    {t('people.move.refusedLine', {
                      name: fullName(byId.get(refusal.id) ?? {}) || refusal.id,
                      from: refusal.from ? t(`stages.${refusal.from}`) : '—',
                      to: t(`stages.${refusal.to}`),
                      why: t(`people.move.why.${refusal.why ?? 'transition_not_allowed'}`, { defaultValue: '' }),
                    })}
                  </li>
                ))}
              </ul>
              <Paragraph data-size="sm">{t('people.move.nothingMoved')}</Paragraph>
              {movable.length > 0 && (
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => {
                    setIds(movable);
                    void move(movable);
                  }}
                >
                  {t('people.move.moveOthers', { count: movable.length })}
                </Button>
              )}
            </Alert>
          )}
          <ErrorAlert error={error} />
          <div className="button-row">
            <Button type="submit" loading={busy} disabled={busy}>
              {t('people.move.submit')}
            </Button>
            <Button variant="tertiary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
