import { Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { Page } from '../frame/Page.tsx';
import { Dashboard } from './Dashboard.tsx';
import { FigureGroupView } from './FigureGroupView.tsx';
import { humanize, summaryFigures, type Summary } from './figures.ts';

/** Oversikt: the programme's key figures from overview.summary. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    call('overview.summary', {})
      .then((value: unknown) => {
        if (current) setSummary(summaryFigures(value));
      })
      .catch((caught: unknown) => {
        if (current) setError(caught);
      });
    return () => {
      current = false;
    };
  }, []);

  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  const label = (prefix: string, key: string) => t(`${prefix}.${key}`, { defaultValue: humanize(key) });

  return (
    <Page title={t('overview.title')} intro={t('overview.intro')}>
      <ErrorAlert error={error} />
      {!summary && !error && (
        <Paragraph>
          <Spinner aria-hidden="true" data-size="sm" /> {t('overview.loading')}
        </Paragraph>
      )}
      {summary && summary.asOf && <Paragraph data-size="sm">{t('overview.asOf', { date: formatDate(summary.asOf) })}</Paragraph>}
      {summary && summary.groups.length === 0 && <Paragraph>{t('overview.empty')}</Paragraph>}
      {summary?.groups.map((group) => (
        <FigureGroupView
          key={group.key ?? 'main'}
          title={group.key ? label('overview.figures', group.key) : null}
          figures={group.figures.map((figure) => ({
            key: figure.key,
            value: number.format(figure.value),
            label: label(group.key && /stage/i.test(group.key) ? 'stages' : 'overview.figures', figure.key),
          }))}
        />
      ))}
      <Dashboard />
    </Page>
  );
}
