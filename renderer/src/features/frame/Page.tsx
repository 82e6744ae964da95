import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  intro?: string;
  /** A grid page: the heading and intro share one line and the page fills the window, so only the grid scrolls. */
  fill?: boolean;
  children?: ReactNode;
};

/** One area's page: its h1 takes focus when the page opens, so keyboard and screen-reader users land on it. */
export function Page({ title, intro, fill = false, children }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: false });
  }, []);
  const heading = (
    <Heading level={1} data-size={fill ? 'md' : 'lg'} id="page-title" ref={headingRef} tabIndex={-1} className="page-heading">
      {title}
    </Heading>
  );
  return (
    <section className={fill ? 'page page--fill' : 'page'} aria-labelledby="page-title">
      {fill ? (
        <div className="page__head">
          {heading}
          {intro && <Paragraph data-size="sm" className="lead muted">{intro}</Paragraph>}
        </div>
      ) : (
        <>
          {heading}
          {intro && <Paragraph className="lead">{intro}</Paragraph>}
        </>
      )}
      {children}
    </section>
  );
}
