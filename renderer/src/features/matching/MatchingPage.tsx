import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../frame/Page.tsx';
import { fullName, type PersonRow } from '../../api/people.ts';
import { useReference } from '../people/use-reference.ts';
import { readyParticipants, stepIndex, stepOfKey, type Suggestion } from './model.ts';
import { ParticipantPicker } from './ParticipantPicker.tsx';
import { SideBySide, type MentorDetail, type Names } from './SideBySide.tsx';
import './matching.css';
import { CohortPlanView } from './plan/CohortPlanView.tsx';
import { MatchingTabs, useMatchingTab } from './plan/MatchingTabs.tsx';
import { AcceptIntroForm, type AcceptIntro } from '../person/match/AcceptIntroForm.tsx';

const TOP = 10;

/** Keys typed into a form control are the control's, not the stepper's. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Kobling: pick a participant who is ready, then step through the ranked mentors side by side. */
export function MatchingPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nb';
  const { reference, lookups } = useReference();
  const [participants, setParticipants] = useState<PersonRow[] | null>(null);
  const [picked, setPicked] = useState<PersonRow | null>(null);
  const [error, setError] = useState<unknown>(null);

  useApi(() => call('people.list', {}), [], {
    onData: (rows) => setParticipants(readyParticipants(rows)),
    onError: (caught) => {
      setParticipants([]);
      setError(caught);
    },
  });

  const names = useMemo<Names>(() => {
    const counties = new Map((reference?.municipalities ?? []).map((item) => [item.number, item.countyName]));
    const display = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    return {
      field: (code) => lookups.fieldName(code),
      municipality: (number) => lookups.municipalityName(number),
      county: (number) => (number ? (counties.get(number) ?? '') : ''),
      language: (code) => {
        try {
          return display.of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [reference, lookups, language]);

  const back = useCallback(() => {
    setPicked(null);
    window.setTimeout(() => (document.getElementById('kobling-filter') ?? document.getElementById('kobling-pick-heading'))?.focus(), 0);
  }, []);

  const tab = useMatchingTab();
  if (tab === 'plan') {
    return (
      <Page title={t('nav.matching')}>
        <MatchingTabs current="plan" />
        <CohortPlanView />
      </Page>
    );
  }

  return (
    <Page title={t('nav.matching')} intro={t('kobling.intro')}>
      <MatchingTabs current="one" />
      <ErrorAlert error={error} />
      {picked ? (
        <CandidateView
          key={picked.id}
          participantRow={picked}
          names={names}
          language={language}
          onBack={back}
          onMatched={(id) => setParticipants((rows) => rows?.filter((row) => row.id !== id) ?? rows)}
          next={participants?.find((row) => row.id !== picked.id) ?? null}
          onNext={setPicked}
        />
      ) : (
        <ParticipantPicker participants={participants} fieldName={names.field} onPick={setPicked} />
      )}
    </Page>
  );
}

type ViewProps = {
  participantRow: PersonRow;
  names: Names;
  language: 'nb' | 'en';
  onBack: () => void;
  onMatched: (participantId: string) => void;
  /** The next participant ready for matching, offered once this one is matched. */
  next: PersonRow | null;
  onNext: (row: PersonRow) => void;
};

/** One participant's ranked candidates, one at a time, with the stepper. */
function CandidateView({ participantRow, names, language, onBack, onMatched, next, onNext }: ViewProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [index, setIndex] = useState(0);
  const [mentors, setMentors] = useState<ReadonlyMap<string, MentorDetail>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const { data: participant } = useApi(() => call('people.get', { id: participantRow.id }), [participantRow.id], { onError: setError });

  // The explanations' names come in the display language, so a language switch asks again.
  useApi(() => call('matching.suggest', { participantId: participantRow.id, top: TOP, language }), [participantRow.id, language], {
    onData: (value) => {
      setSuggestions(value);
      setIndex((current) => stepIndex(current, 0, value.length));
    },
    onError: (caught) => {
      setSuggestions([]);
      setError(caught);
    },
  });

  const current = suggestions?.[index] ?? null;
  const mentorId = current?.mentorId ?? null;
  useApi(() => (!mentorId || mentors.has(mentorId) ? null : call('mentors.get', { id: mentorId }).then((value) => ({ id: mentorId, value }))), [mentorId, mentors], {
    onData: ({ id, value }) => setMentors((known) => new Map(known).set(id, value)),
    onError: setError,
  });

  const count = suggestions?.length ?? 0;
  const step = useCallback((delta: number) => setIndex((i) => stepIndex(i, delta, count)), [count]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || accepted || declining) return;
      const delta = stepOfKey(event);
      if (delta === null) return;
      event.preventDefault();
      step(delta);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, accepted, declining]);

  const name = fullName(participantRow);

  const accept = async (suggestion: Suggestion, intro: AcceptIntro = {}) => {
    setBusy(true);
    setError(null);
    try {
      await call('matching.accept', { participantId: participantRow.id, mentorId: suggestion.mentorId, language, ...intro });
      setAccepted(true);
      setNotice(t('kobling.view.accepted', { participant: name, mentor: suggestion.mentorName }));
      onMatched(participantRow.id);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const decline = async (suggestion: Suggestion) => {
    setBusy(true);
    setError(null);
    try {
      await call('matching.decline', { participantId: participantRow.id, mentorId: suggestion.mentorId, reason: reason.trim() });
      setNotice(t('kobling.view.declined', { participant: name, mentor: suggestion.mentorName }));
      setDeclining(false);
      setReason('');
      const rest = (suggestions ?? []).filter((item) => item.mentorId !== suggestion.mentorId);
      setSuggestions(rest);
      setIndex((i) => stepIndex(i, 0, rest.length));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="kobling-view" aria-labelledby="kobling-view-heading">
      <div className="kobling-view__top">
        <Heading level={2} data-size="sm" id="kobling-view-heading" ref={headingRef} tabIndex={-1}>
          {t('kobling.view.heading', { name })}
        </Heading>
        <Button variant="secondary" data-size="sm" onClick={onBack}>
          {t('kobling.view.change')}
        </Button>
      </div>
      <ErrorAlert error={error} />
      <div role="status" data-testid="kobling-notice">
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {accepted && (
        <div className="button-row" data-testid="kobling-after-accept">
          {next ? (
            <Button data-size="sm" onClick={() => onNext(next)}>
              {t('workday.kobling.next', { name: fullName(next) })} <span aria-hidden="true">→</span>
            </Button>
          ) : (
            <Paragraph data-size="sm">{t('workday.kobling.noneLeft')}</Paragraph>
          )}
        </div>
      )}
      {accepted ? null : suggestions === null || participant === null ? (
        !error && <Paragraph className="loading">{t('kobling.view.loading')}</Paragraph>
      ) : count === 0 || !current ? (
        !error && <Paragraph data-testid="kobling-no-candidates">{t('kobling.view.noCandidates')}</Paragraph>
      ) : (
        <>
          <div className="kobling-stepper">
            <Button variant="secondary" data-size="sm" onClick={() => step(-1)} disabled={index === 0}>
              <span aria-hidden="true">←</span> {t('kobling.view.previous')}
            </Button>
            <span className="kobling-stepper__position" aria-live="polite" data-testid="kobling-position">
              {t('kobling.view.candidateOf', { index: index + 1, count })}
            </span>
            <Button variant="secondary" data-size="sm" onClick={() => step(1)} disabled={index >= count - 1}>
              {t('kobling.view.next')} <span aria-hidden="true">→</span>
            </Button>
            <Button variant="tertiary" data-size="sm" onClick={() => step(1)} disabled={index >= count - 1}>
              {t('kobling.view.skip')}
            </Button>
            <Paragraph data-size="sm" className="muted kobling-stepper__hint">
              {t('kobling.view.keyboardHint')}
            </Paragraph>
          </div>
          <div className="kobling-decision">
            <AcceptIntroForm busy={busy} disabled={declining} submitLabel={t('kobling.view.accept')} onAccept={(intro) => void accept(current, intro)} />
            <div className="kobling-actions">
              <Button variant="secondary" data-size="sm" onClick={() => setDeclining(true)} disabled={busy || declining}>
                {t('kobling.view.decline')}
              </Button>
            </div>
          </div>
          {declining && (
            <form
              className="kobling-decline"
              onSubmit={(event) => {
                event.preventDefault();
                if (reason.trim()) void decline(current);
              }}
            >
              <Textfield label={t('kobling.view.declineReason')} value={reason} onChange={(event) => setReason(event.target.value)} data-size="sm" required autoFocus />
              <div className="button-row">
                <Button type="submit" data-size="sm" data-color="danger" disabled={busy || !reason.trim()}>
                  {t('kobling.view.declineSubmit')}
                </Button>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => {
                    setDeclining(false);
                    setReason('');
                  }}
                >
                  {t('kobling.view.cancel')}
                </Button>
              </div>
            </form>
          )}
          <SideBySide participant={participant} mentor={mentors.get(current.mentorId) ?? null} suggestion={current} names={names} />
        </>
      )}
    </section>
  );
}
