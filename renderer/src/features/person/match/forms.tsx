import { Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { osloToday } from '../../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import { IntroMeetingFields, type IntroMeeting } from './IntroMeetingFields.tsx';
import { addMonthsIso, introMeetingValue, splitIntroMeeting, type MatchRow } from './model.ts';
import { DateField } from '../../../components/date-field/DateField.tsx';

type FormProps = { match: MatchRow; onDone: () => void; onCancel: () => void };

/** The frame every lifecycle form shares: heading, fields, submit and cancel, the outcome. */
function LifecycleForm(props: { title: string; testId: string; submit: string; busy: boolean; error: unknown; disabled?: boolean; danger?: boolean; onSubmit: () => void; onCancel: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <form
      className="stack subform"
      data-testid={props.testId}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!props.disabled) props.onSubmit();
      }}
    >
      <Heading level={4} data-size="2xs">
        {props.title}
      </Heading>
      {props.children}
      <div className="button-row">
        <Button type="submit" data-size="sm" data-color={props.danger ? 'danger' : undefined} loading={props.busy} disabled={props.busy || props.disabled}>
          {props.submit}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <StatusMessage error={props.error} done={null} />
    </form>
  );
}

/** Book or move the koblingsmøte. */
export function IntroMeetingForm({ match, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const action = useAction();
  const [value, setValue] = useState<IntroMeeting>({ ...splitIntroMeeting(match.introMeetingAt), place: match.introMeetingPlace ?? '' });
  const save = () =>
    void action
      .run(async () => {
        await call('matching.bookIntroMeeting', { matchId: match.id, introMeetingAt: introMeetingValue(value.date, value.time), introMeetingPlace: value.place });
        return null;
      })
      .then((ok) => ok && onDone());
  return (
    <LifecycleForm title={t('lifecycle.intro.title')} testId="intro-meeting-form" submit={t('lifecycle.intro.save')} busy={action.busy} error={action.error} disabled={Boolean(value.time && !value.date)} onSubmit={save} onCancel={onCancel}>
      <IntroMeetingFields value={value} onChange={setValue} />
    </LifecycleForm>
  );
}

/** The koblingsmøte went well: start, planned end (six months by default) and goals. */
export function ConfirmForm({ match, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const action = useAction();
  const [start, setStart] = useState(osloToday());
  // null until the coordinator types a planned end: the field then follows the start (+6 months).
  const [plannedEnd, setPlannedEnd] = useState<string | null>(null);
  const [goals, setGoals] = useState(match.goals ?? '');
  const defaultEnd = addMonthsIso(start, 6);
  const endNotAfter = Boolean(start && plannedEnd && plannedEnd <= start);
  const save = () =>
    void action
      .run(async () => {
        await call('matching.confirm', { matchId: match.id, startOn: start, plannedEndOn: plannedEnd || undefined, goals });
        return null;
      })
      .then((ok) => ok && onDone());
  return (
    <LifecycleForm title={t('lifecycle.confirm.title')} testId="confirm-form" submit={t('lifecycle.confirm.save')} busy={action.busy} error={action.error} disabled={!start || endNotAfter} onSubmit={save} onCancel={onCancel}>
      <div className="person-form__fields">
        <DateField label={t('lifecycle.confirm.start')} data-size="sm" value={start} onChange={setStart} error={!start ? t('common.required') : undefined} />
        <DateField
          label={t('lifecycle.confirm.plannedEnd')}
          description={defaultEnd ? t('lifecycle.confirm.plannedEndHelp', { date: defaultEnd.split('-').reverse().join('.') }) : undefined}
          data-size="sm"
          value={plannedEnd ?? defaultEnd}
          onChange={setPlannedEnd}
          error={endNotAfter ? t('lifecycle.problems.planned_end_not_after_start') : undefined}
        />
      </div>
      <Textfield label={t('lifecycle.goals')} multiline rows={3} data-size="sm" value={goals} onChange={(event) => setGoals(event.target.value)} />
    </LifecycleForm>
  );
}

/** The koblingsmøte showed the pair does not fit: the reason, then the pair is never suggested again. */
export function NotAFitForm({ match, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const action = useAction();
  const [reason, setReason] = useState('');
  const save = () =>
    void action
      .run(async () => {
        await call('matching.notAFit', { matchId: match.id, reason: reason.trim() });
        return null;
      })
      .then((ok) => ok && onDone());
  return (
    <LifecycleForm title={t('lifecycle.notAFit.title')} testId="not-a-fit-form" submit={t('lifecycle.notAFit.save')} danger busy={action.busy} error={action.error} disabled={!reason.trim()} onSubmit={save} onCancel={onCancel}>
      <Textfield label={t('lifecycle.notAFit.reason')} description={t('lifecycle.notAFit.help')} data-size="sm" value={reason} onChange={(event) => setReason(event.target.value)} />
    </LifecycleForm>
  );
}

/** Goals and planned end of a running mentoring period. */
export function GoalsForm({ match, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const action = useAction();
  const [goals, setGoals] = useState(match.goals ?? '');
  const [plannedEnd, setPlannedEnd] = useState(match.plannedEndOn ?? '');
  const endNotAfter = Boolean(match.startedOn && plannedEnd && plannedEnd <= match.startedOn);
  const save = () =>
    void action
      .run(async () => {
        await call('matching.update', { matchId: match.id, goals, ...(plannedEnd ? { plannedEndOn: plannedEnd } : {}) });
        return null;
      })
      .then((ok) => ok && onDone());
  return (
    <LifecycleForm title={t('lifecycle.goalsTitle')} testId="goals-form" submit={t('common.save')} busy={action.busy} error={action.error} disabled={endNotAfter} onSubmit={save} onCancel={onCancel}>
      <Textfield label={t('lifecycle.goals')} multiline rows={3} data-size="sm" value={goals} onChange={(event) => setGoals(event.target.value)} />
      <DateField label={t('lifecycle.confirm.plannedEnd')} data-size="sm" value={plannedEnd} onChange={setPlannedEnd} error={endNotAfter ? t('lifecycle.problems.planned_end_not_after_start') : undefined} />
    </LifecycleForm>
  );
}

/** Ends a running match: completed, or ended early with a reason. */
export function EndMatchForm({ match, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const outcomeId = useId();
  const action = useAction();
  const [outcome, setOutcome] = useState<'completed' | 'ended_early'>('completed');
  const [endedOn, setEndedOn] = useState(osloToday());
  const [reason, setReason] = useState('');
  const reasonMissing = outcome === 'ended_early' && !reason.trim();
  const save = () =>
    void action
      .run(async () => {
        await call('matching.end', { matchId: match.id, endedOn, outcome, reason: reason.trim() || null });
        return null;
      })
      .then((ok) => ok && onDone());
  return (
    <LifecycleForm title={t('lifecycle.end.title')} testId="end-match-form" submit={t('lifecycle.end.save')} busy={action.busy} error={action.error} disabled={!endedOn || reasonMissing} onSubmit={save} onCancel={onCancel}>
      <div className="person-form__fields">
        <Field>
          <Label htmlFor={outcomeId}>{t('lifecycle.end.outcome')}</Label>
          <Select id={outcomeId} data-size="sm" value={outcome} onChange={(event) => setOutcome(event.target.value as 'completed' | 'ended_early')}>
            <Select.Option value="completed">{t('person.values.matchStatus.completed')}</Select.Option>
            <Select.Option value="ended_early">{t('person.values.matchStatus.ended_early')}</Select.Option>
          </Select>
        </Field>
        <DateField label={t('lifecycle.end.date')} data-size="sm" value={endedOn} max={osloToday()} onChange={setEndedOn} />
      </div>
      <Textfield
        label={outcome === 'ended_early' ? t('lifecycle.end.reasonRequired') : t('lifecycle.end.reason')}
        data-size="sm"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonMissing && reason !== '' ? t('common.required') : undefined}
      />
    </LifecycleForm>
  );
}
