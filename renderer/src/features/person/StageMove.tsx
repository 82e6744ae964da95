import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { PersonDetail, Stage } from '../../api/people.ts';
import './stage-move.css';

type Props = { person: PersonDetail; onMoved: () => void };

/**
 * The stage move in the person panel: "Flytt til neste stadium" along the main line, or any stage
 * the pipeline allows from here, with the reason when that stage needs one (people.get's
 * stageChoices; pipeline.move checks the same rules).
 */
export function StageMove({ person, onMoved }: Props) {
  const { t } = useTranslation();
  const stageId = useId();
  const { next, allowed, reasonRequired } = person.stageChoices;
  const [stage, setStage] = useState<Stage | ''>('');
  const [reason, setReason] = useState('');
  const [askReason, setAskReason] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [moved, setMoved] = useState<Stage | null>(null);

  async function move(to: Stage, why: string) {
    setBusy(true);
    setError(null);
    try {
      await call('pipeline.move', { ids: [person.id], stage: to, ...(why ? { reason: why } : {}) });
      setMoved(to);
      setStage('');
      setReason('');
      setAskReason(false);
      onMoved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (stage === '') return;
    if (reasonRequired.includes(stage) && reason.trim() === '') {
      setAskReason(true);
      return;
    }
    void move(stage, reason.trim());
  }

  if (allowed.length === 0 && !moved) return null;
  const needsReason = stage !== '' && reasonRequired.includes(stage);
  return (
    <div className="stage-move" data-testid="stage-move">
      {next && (
        <Button data-size="sm" variant="secondary" disabled={busy} onClick={() => void move(next, '')}>
          {t('workday.stageMove.next', { stage: t(`stages.${next}`) })}
        </Button>
      )}
      {allowed.length > 0 && (
        <form className="stage-move__form" onSubmit={submit} noValidate>
          <Field className="stage-move__stage">
            <Label htmlFor={stageId}>{t('workday.stageMove.to')}</Label>
            <Select id={stageId} data-size="sm" value={stage} onChange={(event) => setStage(event.target.value as Stage | '')}>
              <Select.Option value="">{t('people.move.chooseStage')}</Select.Option>
              {allowed.map((value) => (
                <Select.Option key={value} value={value}>
                  {t(`stages.${value}`)}
                  {reasonRequired.includes(value) ? ` (${t('workday.stageMove.needsReason')})` : ''}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {needsReason && (
            <Textfield
              className="stage-move__reason"
              data-size="sm"
              label={t('people.move.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={askReason && reason.trim() === '' ? t('workday.stageMove.reasonMissing') : undefined}
            />
          )}
          <Button type="submit" data-size="sm" disabled={busy || stage === ''}>
            {t('people.move.submit')}
          </Button>
        </form>
      )}
      <div role="status" className="status-line">
        {moved && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('workday.stageMove.done', { stage: t(`stages.${moved}`) })}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
