import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/** One block of the settings page: an h2 and its content, as a labelled region. */
export function SettingsSection({ title, text, children }: { title: string; text?: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card className="settings-section" asChild>
      <section aria-labelledby={id}>
        <Heading level={2} data-size="xs" id={id}>
          {title}
        </Heading>
        {text && <Paragraph data-size="sm">{text}</Paragraph>}
        {children}
      </section>
    </Card>
  );
}
