import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { osloDateTime } from '../events/time.ts';

/** E-post in a person's panel: every message Koble wrote to them, newest first, with its status and the server's error. */
export function PersonMessages({ personKind, personId }: { personKind: 'participant' | 'mentor'; personId: string }) {
  const { t } = useTranslation();
  const { data: messages, error } = useApi(() => call('mail.history', { personKind, personId }), [personKind, personId]);

  return (
    <Details data-testid="person-messages">
      <Details.Summary>
        {t('mail.history.title')}
        {messages ? ` · ${messages.length}` : ''}
      </Details.Summary>
      <Details.Content>
        <ErrorAlert error={error} />
        {messages && messages.length === 0 && <p className="muted">{t('mail.history.none')}</p>}
        {messages && messages.length > 0 && (
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('mail.history.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('mail.history.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mail.history.subject')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mail.history.to')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mail.history.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {messages.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{osloDateTime(m.sentAt ?? m.createdAt)}</Table.Cell>
                  <Table.Cell>{m.subject ?? t('mail.history.erased')}</Table.Cell>
                  <Table.Cell>{m.toAddress ?? ''}</Table.Cell>
                  <Table.Cell>
                    {t(`mail.status.${m.status}`)}
                    {m.error ? ` — ${m.error}` : ''}
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
