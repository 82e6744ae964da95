import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure.tsx';
import { stageTimeRows } from './dashboard-model.ts';

/** Tid i stadiet: the median days a stay in each stage lasts (stays that have ended). */
export function StageTimeChart({ daysInStage }: { daysInStage: readonly { stage: string; medianDays: number | null; count: number }[] }) {
  const { t } = useTranslation();
  const rows = stageTimeRows(daysInStage).map((row) => ({ ...row, label: t(`stages.${row.stage}`, { defaultValue: row.stage }) }));
  const summary = t('dashboard.stageTime.summary', { stages: rows.map((row) => t('dashboard.stageTime.item', { stage: row.label, count: row.days })).join(', ') });
  return (
    <ChartFigure
      testId="chart-stage-time"
      title={t('dashboard.stageTime.title')}
      summary={summary}
      empty={rows.length === 0 ? t('dashboard.stageTime.empty') : null}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 32)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 48, top: 4, bottom: 4 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} unit={` ${t('dashboard.stageTime.daysUnit')}`} />
            <YAxis type="category" dataKey="label" width={130} interval={0} />
            <Bar dataKey="days" isAnimationActive={false} fill="#5b4a9e">
              <LabelList dataKey="days" position="right" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <Table data-size="sm" zebra>
          <caption className="sr-only">{t('dashboard.stageTime.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('dashboard.stage')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('dashboard.stageTime.median')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('dashboard.stageTime.stays')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.stage}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                <Table.Cell className="numeric">{row.days}</Table.Cell>
                <Table.Cell className="numeric">{row.count}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      }
    />
  );
}
