import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../../components/grid/format.ts';
import { ConfirmForm, EndMatchForm, GoalsForm, IntroMeetingForm, NotAFitForm } from './forms.tsx';
import { MeetingLog } from './MeetingLog.tsx';
import { introMeetingText, openFirst, type MatchRow } from './model.ts';

type Open = 'intro' | 'confirm' | 'notAFit' | 'goals' | 'end' | null;

const STATUS_COLOR: Record<string, 'accent' | 'success' | 'warning' | 'neutral' | 'danger'> = {
  proposed: 'neutral',
  intro_meeting: 'warning',
  active: 'accent',
  completed: 'success',
  ended_early: 'neutral',
  not_a_fit: 'danger',
};

/** One match: what it is, and what can be done with it at this status. */
function MatchCard({ match, onChanged }: { match: MatchRow; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  const form = { match, onDone: done, onCancel: () => setOpen(null) };
  const fact = (label: string, value: string | number | null | undefined, testId?: string) =>
    value === null || value === undefined || value === '' ? null : (
      <>
        <dt>{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </>
    );
  return (
    <Card data-color="neutral" className="stack" data-testid="match-card" data-status={match.status}>
      <div className="button-row">
        <Heading level={4} data-size="xs">
          {t('lifecycle.withMentor', { mentor: match.mentorName })}
        </Heading>
        <Tag data-color={STATUS_COLOR[match.status] ?? 'neutral'} data-testid="match-status">
          {t(`person.values.matchStatus.${match.status}`)}
        </Tag>
      </div>
      <dl className="stub-facts">
        {fact(t('lifecycle.score'), match.score === null ? null : match.score.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }))}
        {fact(t('lifecycle.intro.when'), introMeetingText(match.introMeetingAt), 'intro-when')}
        {fact(t('lifecycle.intro.place'), match.introMeetingPlace, 'intro-place')}
        {fact(t('lifecycle.confirm.start'), isoToDisplay(match.startedOn))}
        {fact(t('lifecycle.confirm.plannedEnd'), isoToDisplay(match.plannedEndOn), 'planned-end')}
        {fact(t('lifecycle.goals'), match.goals, 'goals')}
        {fact(t('lifecycle.end.date'), isoToDisplay(match.endedOn))}
        {fact(t('lifecycle.end.reason'), match.endReason === 'erased' ? t('lifecycle.end.erasedReason') : match.endReason)}
      </dl>
      {match.status === 'intro_meeting' && open === null && (
        <div className="button-row">
          <Button data-size="sm" onClick={() => setOpen('confirm')}>
            {t('lifecycle.confirm.open')}
          </Button>
          <Button data-size="sm" variant="secondary" onClick={() => setOpen('intro')}>
            {match.introMeetingAt ? t('lifecycle.intro.change') : t('lifecycle.intro.book')}
          </Button>
          <Button data-size="sm" variant="secondary" onClick={() => setOpen('notAFit')}>
            {t('lifecycle.notAFit.open')}
          </Button>
        </div>
      )}
      {match.status === 'active' && open === null && (
        <div className="button-row">
          <Button data-size="sm" variant="secondary" onClick={() => setOpen('goals')}>
            {t('lifecycle.goalsEdit')}
          </Button>
          <Button data-size="sm" variant="secondary" onClick={() => setOpen('end')}>
            {t('lifecycle.end.open')}
          </Button>
        </div>
      )}
      {open === 'intro' && <IntroMeetingForm {...form} />}
      {open === 'confirm' && <ConfirmForm {...form} />}
      {open === 'notAFit' && <NotAFitForm {...form} />}
      {open === 'goals' && <GoalsForm {...form} />}
      {open === 'end' && <EndMatchForm {...form} />}
      {(match.status === 'active' || match.meetings > 0) && <MeetingLog key={`${match.id}-${match.status}`} match={match} onAdded={onChanged} />}
    </Card>
  );
}

/** Kobling in the person panel: the participant's matches through the lifecycle (koblingsmøte → active period → end). */
export function MatchSection({ personId, onChanged }: { personId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<MatchRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => call('matching.list', { participantId: personId }).then((value) => (setRows(openFirst(value)), setError(null)), setError), [personId]);
  useEffect(() => {
    void load();
  }, [load]);
  const changed = () => {
    void load();
    onChanged();
  };
  return (
    <section className="stack" aria-labelledby={`kobling-${personId}`} data-testid="match-section">
      <Heading level={3} data-size="xs" id={`kobling-${personId}`}>
        {t('lifecycle.title')}
      </Heading>
      <ErrorAlert error={error} />
      {rows && rows.length === 0 && <Paragraph className="muted">{t('lifecycle.none')}</Paragraph>}
      {rows?.map((match) => <MatchCard key={match.id} match={match} onChanged={changed} />)}
    </section>
  );
}
