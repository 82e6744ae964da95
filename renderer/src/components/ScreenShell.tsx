import { Heading, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { focusMain } from './focus-main.ts';

/** The frame of the screens shown before a programme is open: brand, language switch, one column. */
type Props = {
  title: string;
  children: ReactNode;
  wide?: boolean;
  /** Move focus to the heading when the screen opens (off where a field takes focus instead). */
  focusHeading?: boolean;
};

export function ScreenShell({ title, children, wide = false, focusHeading = true }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [title, focusHeading]);

  return (
    <div className="shell">
      <SkipLink href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </SkipLink>
      <header className="shell__header">
        <div className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <Paragraph data-size="sm" className="brand__tagline">
            {t('app.tagline')}
          </Paragraph>
        </div>
        <LanguageSwitch compact />
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'shell__main shell__main--wide' : 'shell__main'}>
        <Heading level={1} data-size="lg" ref={headingRef} tabIndex={-1} className="page-heading">
          {title}
        </Heading>
        {children}
      </main>
    </div>
  );
}
