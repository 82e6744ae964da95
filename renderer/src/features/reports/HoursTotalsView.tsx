import { Heading, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursTotals } from './api.ts';
import { HOUR_ACTIVITIES, HOURS_PERSON_KINDS } from './model.ts';
import { useKr, useNumber } from './use-format.ts';

type Sum = { hours: number; value: number };

/** Totals for the chosen grant and period (hours.totals): per person kind, per activity, and in all. */
export function HoursTotalsView({ totals }: { totals: HoursTotals }) {
  const { t } = useTranslation();
  const id = useId();
  const kr = useKr();
  const number = useNumber();
  const byKind = totals.byPersonKind as Partial<Record<string, Sum>>;
  const byActivity = totals.byActivity as Partial<Record<string, Sum>>;
  const activities = [...HOUR_ACTIVITIES, ...Object.keys(byActivity).filter((key) => !(HOUR_ACTIVITIES as readonly string[]).includes(key))].filter((key) => (byActivity[key]?.hours ?? 0) > 0);
  const kinds = HOURS_PERSON_KINDS.filter((kind) => (byKind[kind]?.hours ?? 0) > 0);

  const rows = (keys: readonly string[], sums: Partial<Record<string, Sum>>, label: (key: string) => string) =>
    keys.map((key) => (
      <Table.Row key={key}>
        <Table.HeaderCell scope="row">{label(key)}</Table.HeaderCell>
        <Table.Cell className="numeric">{number(sums[key]?.hours ?? 0)}</Table.Cell>
        <Table.Cell className="numeric">{kr(sums[key]?.value ?? 0)}</Table.Cell>
      </Table.Row>
    ));

  return (
    <section className="stack" aria-labelledby={id} data-testid="hours-totals">
      <Heading level={3} data-size="2xs" id={id}>
        {t('reports.hours.totalsTitle')}
      </Heading>
      <Table data-size="sm" zebra className="reports-table reports-table--narrow">
        <caption className="sr-only">{t('reports.hours.totalsTitle')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('reports.hours.group')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('reports.hours.hours')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('reports.hours.value')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows(kinds, byKind, (key) => t(`reports.personKinds.${key}`))}
          {rows(activities, byActivity, (key) => t(`reports.activities.${key}`, { defaultValue: key }))}
          <Table.Row className="reports-table__total">
            <Table.HeaderCell scope="row">{t('reports.hours.total')}</Table.HeaderCell>
            <Table.Cell className="numeric" data-testid="hours-total">
              {number(totals.hours)}
            </Table.Cell>
            <Table.Cell className="numeric">{kr(totals.value)}</Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
    </section>
  );
}
