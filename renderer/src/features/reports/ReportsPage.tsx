import { Tabs } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../frame/Page.tsx';
import type { GrantSummary } from './api.ts';
import { FunderReportSection } from './FunderReportSection.tsx';
import { GrantsSection } from './GrantsSection.tsx';
import { HoursSection } from './HoursSection.tsx';
import { ReportPrivacySection } from './ReportPrivacySection.tsx';
import { useCountyFunderName } from './use-county-funder-name.ts';
import './reports.css';

/** Rapporter: Tilskudd (grants and deadlines), Timer (the egenandel timesheet) and Rapport til tilskuddsgiver. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('grants');
  const [grants, setGrants] = useState<GrantSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const countyFunderName = useCountyFunderName();

  const load = useCallback(() => {
    call('grants.list', {}).then(
      (list) => {
        setGrants(list);
        setError(null);
      },
      (caught: unknown) => {
        setGrants((current) => current ?? []);
        setError(caught);
      },
    );
  }, []);
  useEffect(load, [load]);

  return (
    <Page title={t('reports.title')} intro={t('reports.intro')}>
      <ErrorAlert error={error} />
      <Tabs value={tab} onChange={setTab} data-size="md">
        <Tabs.List>
          <Tabs.Tab value="grants">{t('reports.tabs.grants')}</Tabs.Tab>
          <Tabs.Tab value="hours">{t('reports.tabs.hours')}</Tabs.Tab>
          <Tabs.Tab value="funder">{t('reports.tabs.funder')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="grants">
          <GrantsSection grants={grants} countyFunderName={countyFunderName} onChanged={load} />
        </Tabs.Panel>
        <Tabs.Panel value="hours">{grants && tab === 'hours' && <HoursSection grants={grants} />}</Tabs.Panel>
        <Tabs.Panel value="funder">
          {grants && tab === 'funder' && (
            <div className="stack">
              <FunderReportSection grants={grants} />
              <ReportPrivacySection />
            </div>
          )}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
