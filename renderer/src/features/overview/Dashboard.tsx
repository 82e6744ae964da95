import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DueLists } from './DueLists.tsx';
import { FunnelChart } from './FunnelChart.tsx';
import { OutcomesByCohortChart } from './OutcomesByCohortChart.tsx';
import { StageTimeChart } from './StageTimeChart.tsx';
import './dashboard.css';

/** The dashboard under the key figures on Oversikt: charts of the pipeline and outcomes, and what is due. */
export function Dashboard() {
  const { t } = useTranslation();
  const ids = { charts: useId(), due: useId() };
  const [summary, setSummary] = useState<ApiOutput<'dashboard.summary'> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('dashboard.summary', {}).then(
      (value) => live && setSummary(value),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, []);

  if (error) return <ErrorAlert error={error} />;
  if (!summary) return <Paragraph data-size="sm">{t('dashboard.loading')}</Paragraph>;

  return (
    <div className="dashboard" data-testid="dashboard">
      <section aria-labelledby={ids.due} className="dashboard__section">
        <Heading level={2} data-size="xs" id={ids.due}>
          {t('dashboard.dueTitle')}
        </Heading>
        <div className="dashboard__grid">
          <DueLists summary={summary} />
        </div>
      </section>
      <section aria-labelledby={ids.charts} className="dashboard__section">
        <Heading level={2} data-size="xs" id={ids.charts}>
          {t('dashboard.chartsTitle')}
        </Heading>
        <div className="dashboard__grid">
          <FunnelChart funnel={summary.funnel} />
          <StageTimeChart daysInStage={summary.daysInStage} />
          <OutcomesByCohortChart cohorts={summary.outcomesByCohort} />
        </div>
      </section>
    </div>
  );
}
