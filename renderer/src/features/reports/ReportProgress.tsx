import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiCallError } from '../../api/client.ts';
import { funderJobResult, jobPercent } from './model.ts';
import { SavedFileActions } from '../../components/SavedFileActions.tsx';

const POLL_MS = 250;

/**
 * A funder report being written: a progress bar fed by jobs.status, Avbryt while it runs, then
 * where the file was saved and that an Excel file is not encrypted.
 */
export function ReportProgress({ jobId, onFinished }: { jobId: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [error, setError] = useState<unknown>(null);
  const { data: status, reload } = useApi(() => call('jobs.status', { jobId }), [jobId], {
    onData: (next) => {
      if (next.state !== 'running') onFinished();
    },
    onError: (caught) => {
      setError(caught);
      onFinished();
    },
  });
  // Asks again POLL_MS after each answer while the job runs (not after a failure).
  useEffect(() => {
    if (status?.state !== 'running') return;
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [status, reload]);

  if (error) return <ErrorAlert error={error} />;
  if (!status || status.state === 'running') {
    const percent = status ? jobPercent(status) : null;
    const phase = status ? t(`reports.phases.${status.phase}`, { defaultValue: t('reports.phases.working') }) : t('reports.phases.start');
    return (
      <div className="stack" data-testid="report-progress">
        <Paragraph data-size="sm" id={labelId}>
          {t('reports.funder.building')} {phase}
        </Paragraph>
        <progress className="reports-progress" aria-labelledby={labelId} max={100} {...(percent !== null ? { value: percent } : {})}>
          {percent !== null ? `${percent} %` : ''}
        </progress>
        <div className="button-row">
          <Button variant="tertiary" data-size="sm" onClick={() => void call('jobs.cancel', { jobId }).catch(setError)}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    );
  }
  if (status.state === 'failed') {
    return <ErrorAlert error={new ApiCallError(status.error?.code ?? 'INTERNAL', status.error?.message ?? '')} />;
  }
  if (status.state === 'cancelled') {
    return (
      <Alert data-color="info" role="status">
        <Paragraph>{t('reports.funder.cancelled')}</Paragraph>
      </Alert>
    );
  }
  const result = funderJobResult(status.result);
  return (
    <Alert data-color="success" role="status" data-testid="report-saved">
      <Paragraph>{t('reports.funder.saved', { path: result?.path ?? '' })}</Paragraph>
      <Paragraph data-size="sm">{t('reports.funder.notEncrypted')}</Paragraph>
      {result?.path && <SavedFileActions path={result.path} />}
    </Alert>
  );
}
