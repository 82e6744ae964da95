import { Details, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApi } from '../../api/use-api.ts';
import { eventsCall, type PersonKind } from './api.ts';
import { osloDateTime, osloTime } from './time.ts';

/** Arrangementer in a person's panel: invited, attended, no-shows, cancellations, and the events. */
export function PersonEvents({ personKind, personId }: { personKind: PersonKind; personId: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi(() => eventsCall('events.forPerson', { personKind, personId }), [personKind, personId]);

  const counts = data?.counts;
  return (
    <Details data-testid="person-events">
      <Details.Summary>
        {t('events.person.title')}
        {counts ? ` · ${t('events.person.summary', { attended: counts.attended, invited: counts.invited })}` : ''}
      </Details.Summary>
      <Details.Content>
        <ErrorAlert error={error} />
        {counts && (
          <Paragraph data-size="sm">
            {t('events.person.counts', { invited: counts.invited, attended: counts.attended, noShow: counts.noShow, cancelled: counts.cancelled })}
          </Paragraph>
        )}
        {data && data.events.length === 0 && <p className="muted">{t('events.person.none')}</p>}
        {data && data.events.length > 0 && (
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('events.person.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('events.columns.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events.columns.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events.columns.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events.roster.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.events.map((row) => (
                <Table.Row key={row.eventId}>
                  <Table.Cell>{osloDateTime(row.startsAt)}</Table.Cell>
                  <Table.Cell>
                    <a href={`#/events/${encodeURIComponent(row.eventId)}`}>{row.title}</a>
                  </Table.Cell>
                  <Table.Cell>{t(`events.kinds.${row.kind}`)}</Table.Cell>
                  <Table.Cell>
                    {t(`events.status.${row.status}`)}
                    {row.checkedInAt ? ` ${osloTime(row.checkedInAt)}` : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Details.Content>
    </Details>
  );
}
