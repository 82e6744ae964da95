import { Card, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  /** One sentence a screen reader (and anyone) reads instead of the picture. */
  summary: string;
  /** The chart itself: hidden from assistive technology, which gets the summary and the table. */
  chart: ReactNode;
  /** The same numbers as a table: the chart's text alternative. */
  table: ReactNode;
  empty?: string | null;
  testId?: string;
};

/** A dashboard chart as a labelled figure: heading, a summary sentence, the chart, and its numbers as a table on request. */
export function ChartFigure({ title, summary, chart, table, empty, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Card className="dashboard-card" asChild>
      <figure aria-labelledby={id} data-testid={testId}>
        <Heading level={3} data-size="2xs" id={id}>
          {title}
        </Heading>
        {empty ? (
          <Paragraph data-size="sm" className="muted">
            {empty}
          </Paragraph>
        ) : (
          <>
            <figcaption className="dashboard-card__summary">{summary}</figcaption>
            <div className="dashboard-chart" aria-hidden="true">
              {chart}
            </div>
            <Details data-size="sm">
              <Details.Summary>{t('dashboard.showTable')}</Details.Summary>
              <Details.Content>{table}</Details.Content>
            </Details>
          </>
        )}
      </figure>
    </Card>
  );
}
