import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure.tsx';
import { EMPLOYED } from '../person/outcomes/model.ts';
import { CATEGORY_COLOURS, cohortRows, usedCategories } from './dashboard-model.ts';

type Cohort = { cohortId: string | null; cohortName: string; byCategory: Partial<Record<string, number>> };

/** Resultater per kull: each cohort's participants by their latest outcome, stacked by category. */
export function OutcomesByCohortChart({ cohorts }: { cohorts: readonly Cohort[] }) {
  const { t } = useTranslation();
  const categories = usedCategories(cohorts);
  const rows = cohortRows(cohorts, t('dashboard.outcomes.noCohort'));
  const categoryName = (category: string) => t(`outcomes.categories.${category}`, { defaultValue: category });
  const participants = rows.reduce((sum, row) => sum + row.total, 0);
  const gotJob = rows.reduce((sum, row) => sum + EMPLOYED.reduce((inner, category) => inner + (Number(row[category]) || 0), 0), 0);
  const summary = t('dashboard.outcomes.summary', { participants, cohorts: rows.length, gotJob });
  return (
    <ChartFigure
      testId="chart-outcomes"
      title={t('dashboard.outcomes.title')}
      summary={summary}
      empty={rows.length === 0 ? t('dashboard.outcomes.empty') : null}
      chart={
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={rows} margin={{ left: 0, right: 8, top: 8, bottom: 4 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {categories.map((category) => (
              <Bar key={category} dataKey={category} name={categoryName(category)} stackId="outcome" fill={CATEGORY_COLOURS[category] ?? '#5c6670'} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <div className="dashboard-table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.outcomes.tableLabel')}>
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('dashboard.outcomes.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('dashboard.outcomes.cohort')}</Table.HeaderCell>
                {categories.map((category) => (
                  <Table.HeaderCell key={category} className="numeric">
                    {categoryName(category)}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell className="numeric">{t('dashboard.total')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.key}>
                  <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
                  {categories.map((category) => (
                    <Table.Cell key={category} className="numeric">
                      {row[category]}
                    </Table.Cell>
                  ))}
                  <Table.Cell className="numeric">{row.total}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      }
    />
  );
}
