import { Card, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';

type ShownFigure = { key: string; value: string; label: string };

/** A row of figure cards; with a title it is its own labelled region. */
export function FigureGroupView({ title, figures }: { title: string | null; figures: ShownFigure[] }) {
  const id = useId();
  const list = (
    <ul className="figures" data-testid="overview-figures">
      {figures.map((figure) => (
        <li key={figure.key}>
          <Card className="figure">
            <span className="figure__value">{figure.value}</span>
            <span className="figure__label">{figure.label}</span>
          </Card>
        </li>
      ))}
    </ul>
  );
  if (!title) return <div className="figure-group">{list}</div>;
  return (
    <section className="figure-group" aria-labelledby={id}>
      <Heading level={2} data-size="xs" id={id}>
        {title}
      </Heading>
      {list}
    </section>
  );
}
