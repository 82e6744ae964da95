import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../frame/Page.tsx';

export type PlaceholderArea = 'participants' | 'mentors' | 'matching' | 'events' | 'reports';

/** An area a later issue fills: its heading and what will come there. */
export function PlaceholderPage({ area }: { area: PlaceholderArea }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${area}`)}>
      <Alert data-color="info" className="placeholder">
        <Heading level={2} data-size="xs">
          {t('areas.comingTitle')}
        </Heading>
        <Paragraph>{t(`areas.${area}`)}</Paragraph>
      </Alert>
    </Page>
  );
}
