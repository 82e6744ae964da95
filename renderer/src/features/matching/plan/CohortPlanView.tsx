import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Radio, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { ApiCallError, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { readyParticipants } from '../model.ts';
import { PlanTable } from './PlanTable.tsx';
import { pin, refOf, refusalsOf, reasonKey, remove, withoutParticipants, type DraftPair, type Objective, type PairRef, type Refusal } from './plan-model.ts';
import { usePlanJob } from './use-plan-job.ts';
import './plan.css';

type Cohort = ApiOutput<'cohorts.list'>[number];

/**
 * Kohortplan: choose a cohort and an objective, run the plan (a job in the main process's worker,
 * with progress and cancel), then approve pairs one by one or in bulk, change or remove a pair and
 * re-plan the rest, or discard. Nothing is saved until approved.
 */
export function CohortPlanView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nb';
  const cohortSelectId = useId();
  const [cohorts, setCohorts] = useState<Cohort[] | null>(null);
  const [readyByCohort, setReadyByCohort] = useState<ReadonlyMap<string, number>>(new Map());
  const [cohortId, setCohortId] = useState('');
  const [objective, setObjective] = useState<Objective>('score');
  const [fixed, setFixed] = useState<PairRef[]>([]);
  const [forbidden, setForbidden] = useState<PairRef[]>([]);
  const [committed, setCommitted] = useState<DraftPair[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const job = usePlanJob();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const number = useMemo(() => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }), [language]);

  useApi(() => Promise.all([call('cohorts.list', {}), call('people.list', {})]), [], {
    onData: ([list, people]) => {
      const ready = new Map<string, number>();
      for (const row of readyParticipants(people)) if (row.cohortId) ready.set(row.cohortId, (ready.get(row.cohortId) ?? 0) + 1);
      setReadyByCohort(ready);
      setCohorts(list);
      setCohortId((current) => current || (list.find((c) => (ready.get(c.id) ?? 0) > 0)?.id ?? list[0]?.id ?? ''));
    },
    onError: (caught) => {
      setCohorts([]);
      setActionError(caught);
    },
  });

  // A new draft: move focus to its heading so keyboard and screen-reader users land on it.
  const { draft } = job;
  useEffect(() => {
    if (draft) resultHeading.current?.focus();
  }, [draft]);

  const plan = (next: { fixed: PairRef[]; forbidden: PairRef[] }) => {
    setFixed(next.fixed);
    setForbidden(next.forbidden);
    setNotice(null);
    setRefusals([]);
    setActionError(null);
    void job.start({ cohortId, objective, fixed: next.fixed, forbidden: next.forbidden, language });
  };

  const reset = () => {
    job.discard();
    setFixed([]);
    setForbidden([]);
    setCommitted([]);
    setRefusals([]);
    setActionError(null);
  };

  const approve = async (pairs: DraftPair[]) => {
    if (pairs.length === 0 || !draft) return;
    setBusy(true);
    setNotice(null);
    setRefusals([]);
    setActionError(null);
    try {
      await call('matching.approvePlan', { pairs: pairs.map(refOf), language });
      const approved = new Set(pairs.map((p) => p.participantId));
      setCommitted((list) => [...list, ...pairs]);
      job.setDraft({ ...draft, pairs: draft.pairs.filter((p) => !approved.has(p.participantId)) });
      setFixed((list) => withoutParticipants(list, approved));
      setForbidden((list) => withoutParticipants(list, approved));
      setNotice(t('plan.approved', { count: pairs.length }));
    } catch (caught) {
      setActionError(caught);
      if (caught instanceof ApiCallError && caught.code === 'MATCHING_PLAN_REFUSED') setRefusals(refusalsOf(caught.details));
    } finally {
      setBusy(false);
    }
  };

  const running = job.progress !== null;
  const cohortName = cohorts?.find((c) => c.id === cohortId)?.name ?? '';
  // A cohort with nobody ready gets no empty plan: the screen says so instead.
  const nobodyReady = cohorts !== null && cohortId !== '' && (readyByCohort.get(cohortId) ?? 0) === 0;
  const percent = job.progress && job.progress.total > 0 ? Math.round((100 * job.progress.done) / job.progress.total) : 0;

  return (
    <section className="plan" aria-labelledby="plan-heading">
      <Heading level={2} data-size="sm" id="plan-heading">
        {t('plan.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('plan.intro')}
      </Paragraph>
      <form
        className="plan-setup"
        onSubmit={(event) => {
          event.preventDefault();
          reset();
          plan({ fixed: [], forbidden: [] });
        }}
      >
        <Field className="plan-setup__cohort">
          <Label htmlFor={cohortSelectId}>{t('plan.cohort')}</Label>
          <Select
            id={cohortSelectId}
            data-size="sm"
            value={cohortId}
            disabled={running || cohorts === null}
            onChange={(event) => {
              setCohortId(event.target.value);
              reset();
            }}
          >
            {(cohorts ?? []).map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {t('plan.cohortOption', { name: c.name, count: readyByCohort.get(c.id) ?? 0 })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Fieldset data-size="sm" className="plan-setup__objective">
          <Fieldset.Legend>{t('plan.objective')}</Fieldset.Legend>
          <Radio name="plan-objective" label={t('plan.objectives.score')} value="score" checked={objective === 'score'} disabled={running} onChange={() => setObjective('score')} />
          <Radio name="plan-objective" label={t('plan.objectives.count')} value="count" checked={objective === 'count'} disabled={running} onChange={() => setObjective('count')} />
        </Fieldset>
        <Button type="submit" data-size="sm" disabled={running || !cohortId || nobodyReady}>
          {draft ? t('plan.startAgain') : t('plan.start')}
        </Button>
      </form>

      <div role="status" aria-live="polite" data-testid="plan-status">
        {nobodyReady && !draft && (
          <Paragraph data-size="sm" data-testid="plan-nobody-ready">
            {t('workday.plan.nobodyReady', { cohort: cohortName })}
          </Paragraph>
        )}
        {job.progress && (
          <div className="plan-progress">
            <label htmlFor="plan-progress-bar" className="plan-progress__text">
              {t(`plan.phase.${job.progress.phase}`, { done: job.progress.done, total: job.progress.total, defaultValue: t('plan.phase.start') })}
            </label>
            <progress id="plan-progress-bar" max={100} value={percent} />
            <Button variant="secondary" data-size="sm" onClick={() => void job.cancel()}>
              {t('plan.cancel')}
            </Button>
          </div>
        )}
        {job.cancelled && <Paragraph data-size="sm">{t('plan.cancelled')}</Paragraph>}
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorAlert error={job.error ?? actionError} />
      {refusals.length > 0 && (
        <ul className="plan-refusals" data-testid="plan-refusals" aria-label={t('plan.refusedLabel')}>
          {refusals.map((r) => (
            <li key={`${r.participantId} ${r.mentorId}`}>
              <strong>
                {r.participantName ?? '—'} – {r.mentorName ?? '—'}
              </strong>
              : {r.reasons.map((reason) => { const { key, criterion } = reasonKey(reason); return t(key, { criterion: criterion ? t(`matching.criteria.${criterion}`) : '', defaultValue: reason }); }).join(', ')}
            </li>
          ))}
        </ul>
      )}

      {(draft || committed.length > 0) && (
        <section className="plan-result" aria-labelledby="plan-result-heading">
          <Heading level={3} data-size="xs" id="plan-result-heading" ref={resultHeading} tabIndex={-1}>
            {t('plan.resultHeading', { cohort: cohortName })}
          </Heading>
          {draft && (
            <Paragraph data-size="sm" data-testid="plan-summary">
              {t('plan.summary', {
                total: number.format(draft.totalScore),
                matched: draft.matchedCount,
                participants: draft.participantCount,
                objective: t(`plan.objectives.${draft.objective}`),
              })}
            </Paragraph>
          )}
          <PlanTable
            draft={draft}
            committed={committed}
            busy={busy || running}
            number={number}
            language={language}
            onApprove={(pairs) => void approve(pairs)}
            onChange={(pair) => plan(pin(fixed, forbidden, pair))}
            onRemove={(pair) => plan(remove(fixed, forbidden, pair))}
          />
          {draft && draft.unmatched.length > 0 && (
            <section className="plan-unmatched" aria-labelledby="plan-unmatched-heading">
              <Heading level={4} data-size="2xs" id="plan-unmatched-heading">
                {t('plan.unmatchedHeading', { count: draft.unmatched.length })}
              </Heading>
              <ul data-testid="plan-unmatched">
                {draft.unmatched.map((u) => (
                  <li key={u.participantId}>
                    {u.participantName}: {t(`plan.unmatchedReason.${u.reason}`)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {draft && (
            <div className="button-row">
              <Button
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                disabled={busy || running}
                onClick={() => {
                  reset();
                  setNotice(t('plan.discarded'));
                }}
              >
                {t('plan.discard')}
              </Button>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
