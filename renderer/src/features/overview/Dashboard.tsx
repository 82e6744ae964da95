import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
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
  const { data: summary, error } = useApi(() => call('dashboard.summary', {}), []);

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
