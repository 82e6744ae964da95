import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../frame/Page.tsx';
import { eventsCall } from './api.ts';
import { osloDateTime } from './time.ts';

const BLANK_ROWS = 15;

/** The paper fallback: the roster with a signature column and blank rows for walk-ins, printed with window.print(). */
export function SignInSheet({ eventId, onBack }: { eventId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useApi(
    () => Promise.all([eventsCall('events.get', { eventId }), eventsCall('events.roster', { eventId })]).then(([event, list]) => ({ event, roster: list.filter((entry) => entry.status !== 'cancelled') })),
    [eventId],
  );
  const event = data?.event ?? null;
  const roster = data?.roster ?? null;

  return (
    <Page title={t('events.sheet.title')}>
      <div className="button-row no-print">
        <Button onClick={() => window.print()} disabled={!roster}>
          {t('common.print')}
        </Button>
        <Button variant="tertiary" onClick={onBack}>
          {t('events.backToEvent')}
        </Button>
      </div>
      <ErrorAlert error={error} />
      {event && roster && (
        <section className="print-area sign-in-sheet" aria-labelledby="sheet-title" data-testid="sign-in-sheet">
          <Heading level={2} data-size="md" id="sheet-title">
            {event.title}
          </Heading>
          <Paragraph>
            {[osloDateTime(event.startsAt), event.place].filter(Boolean).join(' · ')}
          </Paragraph>
          <Paragraph data-size="sm">{t('events.sheet.instructions')}</Paragraph>
          <table className="sign-in-sheet__table">
            <caption className="sr-only">{t('events.sheet.caption', { title: event.title })}</caption>
            <thead>
              <tr>
                <th scope="col" className="sign-in-sheet__number">
                  {t('events.sheet.number')}
                </th>
                <th scope="col">{t('events.sheet.name')}</th>
                <th scope="col">{t('events.sheet.note')}</th>
                <th scope="col" className="sign-in-sheet__signature">
                  {t('events.sheet.signature')}
                </th>
              </tr>
            </thead>
            <tbody>
              {roster.map((entry, index) => (
                <tr key={entry.attendanceId}>
                  <td className="sign-in-sheet__number">{index + 1}</td>
                  <td>{`${entry.lastName}, ${entry.firstName}`}</td>
                  <td className="sign-in-sheet__hint">{entry.hint ?? ''}</td>
                  <td />
                </tr>
              ))}
              {Array.from({ length: BLANK_ROWS }, (_, index) => (
                <tr key={`blank-${index}`} className="sign-in-sheet__blank">
                  <td className="sign-in-sheet__number">{roster.length + index + 1}</td>
                  <td />
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
          <Paragraph data-size="sm" className="sign-in-sheet__foot">
            {t('events.sheet.footer', { count: roster.length })}
          </Paragraph>
        </section>
      )}
    </Page>
  );
}
