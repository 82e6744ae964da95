import { Table } from '@digdir/designsystemet-react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure.tsx';
import { funnelRows } from './dashboard-model.ts';

const MAIN = '#1e5a96';
const SIDE = '#7a7a7a';
const SIDE_EXITS = new Set(['dropped_out', 'waiting_list']);

/** Deltakere per stadium as a funnel: one bar per pipeline stage, the side exits in grey. */
export function FunnelChart({ funnel }: { funnel: readonly { stage: string; count: number }[] }) {
  const { t } = useTranslation();
  const rows = funnelRows(funnel).map((row) => ({
    ...row,
    label: t(`stages.${row.stage}`, { defaultValue: row.stage }),
    main: SIDE_EXITS.has(row.stage) ? 0 : row.count,
    side: SIDE_EXITS.has(row.stage) ? row.count : 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const summary = t('dashboard.funnel.summary', {
    total,
    stages: rows
      .filter((row) => row.count > 0)
      .map((row) => `${row.label} ${row.count}`)
      .join(', '),
  });
  return (
    <ChartFigure
      testId="chart-funnel"
      title={t('dashboard.funnel.title')}
      summary={summary}
      empty={total === 0 ? t('dashboard.funnel.empty') : null}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(220, rows.length * 30)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 40, top: 4, bottom: 4 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={130} interval={0} />
            <Bar dataKey="main" stackId="stage" isAnimationActive={false} fill={MAIN} />
            <Bar dataKey="side" stackId="stage" isAnimationActive={false} fill={SIDE}>
              <LabelList dataKey="count" position="right" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <Table data-size="sm" zebra>
          <caption className="sr-only">{t('dashboard.funnel.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('dashboard.stage')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('dashboard.participants')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.stage}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                <Table.Cell className="numeric">{row.count}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      }
    />
  );
}
