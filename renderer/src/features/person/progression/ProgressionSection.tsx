import { Button, Field, Fieldset, Heading, Label, Radio, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { call } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../../components/grid/format.ts';
import { osloToday } from '../../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import './progression.css';
import { changeSinceStart, formatChange, PROGRESSION_SCALES, PROGRESSION_TIMEPOINTS, type ProgressionScale, type ProgressionTimepoint } from './model.ts';
import { DateField } from '../../../components/date-field/DateField.tsx';

type FormRow = ApiOutput<'progression.list'>[number];
type Answers = Record<ProgressionScale, string>;

const EMPTY: Answers = { norwegianAtWork: '', professionalNetwork: '', workingLifeKnowledge: '', jobSeeking: '', beliefInChances: '' };
const VALUES = ['1', '2', '3', '4', '5'] as const;

/** Progresjon: the participant's self-assessment at start, midway and end (five 1–5 scales and a comment), and the change since start. */
export function ProgressionSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const ids = { timepoint: useId(), title: useId() };
  const [forms, setForms] = useState<FormRow[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [timepoint, setTimepoint] = useState<ProgressionTimepoint>('start');
  const [filledOn, setFilledOn] = useState(osloToday());
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [comment, setComment] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();

  const fill = useCallback((list: FormRow[], at: ProgressionTimepoint) => {
    const form = list.find((row) => row.timepoint === at);
    setTimepoint(at);
    setFilledOn(form?.filledOn ?? osloToday());
    setAnswers(form ? (Object.fromEntries(PROGRESSION_SCALES.map((scale) => [scale, form[scale] === null ? '' : String(form[scale])])) as Answers) : EMPTY);
    setComment(form?.comment ?? '');
  }, []);

  const load = useCallback(
    (at?: ProgressionTimepoint) =>
      call('progression.list', { participantId }).then(
        (list) => {
          setForms(list);
          setLoadError(null);
          fill(list, at ?? PROGRESSION_TIMEPOINTS.find((value) => !list.some((row) => row.timepoint === value)) ?? 'end');
        },
        (caught: unknown) => {
          setLoadError(caught);
          setForms((current) => current ?? []);
        },
      ),
    [fill, participantId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const nothingAnswered = PROGRESSION_SCALES.every((scale) => answers[scale] === '') && comment.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!filledOn || nothingAnswered) return;
    const scales = Object.fromEntries(PROGRESSION_SCALES.map((scale) => [scale, answers[scale] === '' ? null : Number(answers[scale])])) as Record<ProgressionScale, number | null>;
    const ok = await action.run(async () => {
      await call('progression.record', { participantId, timepoint, filledOn, ...scales, comment: comment.trim() || null });
      return t('progression.saved');
    });
    if (ok) {
      setSubmitted(false);
      await load(timepoint);
    }
  }

  const remove = (form: FormRow) =>
    action.run(async () => {
      await call('progression.remove', { formId: form.id });
      await load();
      return t('progression.removed');
    });

  const byTimepoint = (at: string) => forms?.find((form) => form.timepoint === at);
  const change = changeSinceStart(forms ?? []);
  const timepointName = (value: string) => t(`progression.timepoints.${value}`);

  return (
    <div className="stack" data-testid="progression">
      <ErrorAlert error={loadError} />
      {forms && forms.length === 0 && <p className="muted">{t('progression.none')}</p>}
      {forms && forms.length > 0 && (
        <Table data-size="sm" zebra data-testid="progression-table">
          <caption className="sr-only">{t('progression.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('progression.scale')}</Table.HeaderCell>
              {PROGRESSION_TIMEPOINTS.map((at) => (
                <Table.HeaderCell key={at} className="numeric">
                  {timepointName(at)}
                  {byTimepoint(at) && <span className="muted"> ({isoToDisplay(byTimepoint(at)?.filledOn)})</span>}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell className="numeric">{t('progression.change')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {PROGRESSION_SCALES.map((scale) => (
              <Table.Row key={scale}>
                <Table.HeaderCell scope="row">{t(`progression.scales.${scale}`)}</Table.HeaderCell>
                {PROGRESSION_TIMEPOINTS.map((at) => (
                  <Table.Cell key={at} className="numeric">
                    {byTimepoint(at)?.[scale] ?? ''}
                  </Table.Cell>
                ))}
                <Table.Cell className="numeric" data-testid={`change-${scale}`}>
                  {formatChange(change[scale])}
                </Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('progression.comment')}</Table.HeaderCell>
              {PROGRESSION_TIMEPOINTS.map((at) => (
                <Table.Cell key={at}>{byTimepoint(at)?.comment ?? ''}</Table.Cell>
              ))}
              <Table.Cell />
            </Table.Row>
          </Table.Body>
        </Table>
      )}
      <form className="stack subform" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={ids.title}>
        <Heading level={3} data-size="2xs" id={ids.title}>
          {t('progression.recordTitle')}
        </Heading>
        <div className="person-form__fields">
          <Field>
            <Label htmlFor={ids.timepoint}>{t('progression.timepoint')}</Label>
            <Select id={ids.timepoint} value={timepoint} onChange={(event) => fill(forms ?? [], event.target.value as ProgressionTimepoint)}>
              {PROGRESSION_TIMEPOINTS.map((value) => (
                <Select.Option key={value} value={value}>
                  {timepointName(value)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <DateField
            label={t('progression.filledOn')}
            max={osloToday()}
            value={filledOn}
            onChange={setFilledOn}
            error={submitted && !filledOn ? t('common.required') : undefined}
          />
        </div>
        {PROGRESSION_SCALES.map((scale) => (
          <Fieldset key={scale} data-size="sm" className="progression-scale">
            <Fieldset.Legend>{t(`progression.scales.${scale}`)}</Fieldset.Legend>
            <Fieldset.Description>{t('progression.scaleHelp')}</Fieldset.Description>
            <div className="progression-scale__options">
              {VALUES.map((value) => (
                <Radio
                  key={value}
                  name={`${ids.title}-${scale}`}
                  label={value}
                  value={value}
                  checked={answers[scale] === value}
                  onChange={() => setAnswers((current) => ({ ...current, [scale]: value }))}
                />
              ))}
              <Radio
                name={`${ids.title}-${scale}`}
                label={t('progression.notAnswered')}
                value=""
                checked={answers[scale] === ''}
                onChange={() => setAnswers((current) => ({ ...current, [scale]: '' }))}
              />
            </div>
          </Fieldset>
        ))}
        <Textfield
          label={t('progression.comment')}
          multiline
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={submitted && nothingAnswered ? t('progression.answerOne') : undefined}
        />
        <div className="button-row">
          <Button type="submit" loading={action.busy} disabled={action.busy}>
            {t('progression.record')}
          </Button>
          {byTimepoint(timepoint) && (
            <Button type="button" variant="tertiary" disabled={action.busy} onClick={() => void remove(byTimepoint(timepoint)!)}>
              {t('progression.remove', { timepoint: timepointName(timepoint) })}
            </Button>
          )}
        </div>
        <StatusMessage error={action.error} done={action.done} />
      </form>
    </div>
  );
}
