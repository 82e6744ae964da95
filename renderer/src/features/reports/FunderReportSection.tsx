import { Alert, Button, Checkbox, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { FunderPreview, GrantSummary } from './api.ts';
import { GrantPeriodFields } from './GrantPeriodFields.tsx';
import { defaultPeriod, outsideGrant, periodProblem, shownCount, TOTAL_KEYS } from './model.ts';
import { ReportProgress } from './ReportProgress.tsx';
import { useKr, useNumber } from './use-format.ts';

/**
 * Rapport til tilskuddsgiver: pick a grant and a period (the grant's own by default), see the key
 * totals, then write the workbook to a file the user chooses, with progress while it builds.
 */
export function FunderReportSection({ grants }: { grants: GrantSummary[] }) {
  const { t } = useTranslation();
  const ids = { title: useId(), preview: useId() };
  const kr = useKr();
  const number = useNumber();
  const [grantId, setGrantId] = useState(grants[0]?.id ?? '');
  const grant = grants.find((candidate) => candidate.id === grantId) ?? null;
  const [period, setPeriod] = useState(() => defaultPeriod(grant));
  const [suppressSmall, setSuppressSmall] = useState(true);
  const [preview, setPreview] = useState<FunderPreview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = periodProblem(period.from, period.to);
  // A period outside the grant's: warned about, and written only once the user confirms (force).
  const outside = outsideGrant(period, grant);
  const [confirmedOutside, setConfirmedOutside] = useState(false);
  const norwegianDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

  useApi(() => (!grantId || problem ? null : call('reports.funderPreview', { grantId, from: period.from, to: period.to })), [grantId, period, problem], {
    onData: (value) => {
      setPreview(value);
      setPreviewError(null);
    },
    onError: (caught) => {
      setPreview(null);
      setPreviewError(caught);
    },
  });

  function chooseGrant(id: string) {
    setGrantId(id);
    setPeriod(defaultPeriod(grants.find((candidate) => candidate.id === id)));
    setConfirmedOutside(false);
    setPreview(null);
    setJobId(null);
  }

  async function build() {
    if (!grantId || problem || (outside && !confirmedOutside)) return;
    setError(null);
    setJobId(null);
    setStarting(true);
    try {
      const chosen = await call('reports.chooseFunderFile', { grantId, from: period.from, to: period.to });
      if (!chosen) return;
      const started = await call('reports.startFunder', { grantId, from: period.from, to: period.to, suppressSmall, path: chosen.path, force: outside && confirmedOutside });
      setJobId(started.jobId);
      setRunning(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setStarting(false);
    }
  }

  const format = (key: (typeof TOTAL_KEYS)[number], value: number) => {
    const shown = shownCount(key, value, suppressSmall);
    if (typeof shown === 'string') return shown;
    return key === 'hoursValue' ? kr(shown) : number(shown);
  };

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <Heading level={2} data-size="sm" id={ids.title}>
        {t('reports.funder.title')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.funder.intro')}</Paragraph>
      {grants.length === 0 ? (
        <Paragraph className="muted">{t('reports.funder.noGrants')}</Paragraph>
      ) : (
        <>
          <GrantPeriodFields grants={grants} grantId={grantId} onGrant={chooseGrant} grantText={t('reports.funder.grant')} period={period} onPeriod={(next) => {
            setConfirmedOutside(false);
            setPeriod(next);
          }} />
          {outside && grant && (
            <Alert data-color="warning" data-testid="funder-outside-grant">
              <Paragraph data-size="sm">
                {t('reports.funder.outsideGrant', { from: norwegianDate(period.from), to: norwegianDate(period.to), grantFrom: norwegianDate(grant.periodStart), grantTo: norwegianDate(grant.periodEnd) })}
              </Paragraph>
              <Checkbox label={t('reports.funder.outsideGrantConfirm')} checked={confirmedOutside} onChange={(event) => setConfirmedOutside(event.target.checked)} />
            </Alert>
          )}
          <Checkbox label={t('reports.funder.suppressSmall')} description={t('reports.funder.suppressSmallHelp')} checked={suppressSmall} onChange={(event) => setSuppressSmall(event.target.checked)} />
          <ErrorAlert error={previewError} />
          {preview && (
            <Table data-size="sm" zebra className="reports-table reports-table--narrow" data-testid="funder-preview" aria-labelledby={ids.preview}>
              <caption id={ids.preview}>{t('reports.funder.previewTitle')}</caption>
              <Table.Body>
                {TOTAL_KEYS.map((key) => (
                  <Table.Row key={key}>
                    <Table.HeaderCell scope="row">{t(`reports.totals.${key}`)}</Table.HeaderCell>
                    <Table.Cell className="numeric" data-testid={`preview-${key}`}>
                      {format(key, preview[key])}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <div className="button-row">
            <Button onClick={() => void build()} disabled={!grantId || problem !== null || (outside && !confirmedOutside) || starting || running} loading={starting}>
              {t('reports.funder.build')}
            </Button>
          </div>
          <Paragraph data-size="sm" className="muted">
            {t('reports.funder.fileNote')}
          </Paragraph>
          <ErrorAlert error={error} />
          {jobId && <ReportProgress key={jobId} jobId={jobId} onFinished={() => setRunning(false)} />}
        </>
      )}
    </section>
  );
}
