import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';

/** One area's page: its h1 takes focus when the page opens, so keyboard and screen-reader users land on it. */
export function Page({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: false });
  }, []);
  return (
    <section className="page" aria-labelledby="page-title">
      <Heading level={1} data-size="lg" id="page-title" ref={headingRef} tabIndex={-1} className="page-heading">
        {title}
      </Heading>
      {intro && <Paragraph className="lead">{intro}</Paragraph>}
      {children}
    </section>
  );
}
