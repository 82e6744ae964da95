import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { osloDateTime } from '../events/time.ts';

/**
 * Utboks: messages that need the coordinator — failed (the server's words; Prøv igjen) and
 * uncertain (handed over when Koble stopped: check the Sent folder before sending again).
 */
export function OutboxList({ version, busy, onRetry }: { version: number; busy: boolean; onRetry: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const { data: rows, error } = useApi(
    () => call('mail.outbox', {}),
    // `version` counts sends and saves: after one the list is asked again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version],
  );
  return (
    <section className="stack" aria-labelledby="mail-outbox-heading">
      <Heading level={2} data-size="xs" id="mail-outbox-heading">
        {t('mail.outbox.title')}
      </Heading>
      <Paragraph data-size="sm">{t('mail.outbox.text')}</Paragraph>
      <ErrorAlert error={error} />
      {rows && rows.length === 0 && <Paragraph className="muted">{t('mail.outbox.none')}</Paragraph>}
      {rows && rows.length > 0 && (
        <>
          <div className="button-row">
            <Button data-size="sm" disabled={busy} onClick={() => onRetry(rows.filter((r) => r.status === 'failed').map((r) => r.id))}>
              {t('mail.outbox.retryFailed')}
            </Button>
          </div>
          <Table data-size="sm" zebra data-testid="mail-outbox">
            <caption className="sr-only">{t('mail.outbox.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('mail.history.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mail.history.to')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mail.history.subject')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mail.history.status')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">{t('mail.outbox.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{osloDateTime(m.createdAt)}</Table.Cell>
                  <Table.Cell>
                    {m.toName} {m.toAddress ? `<${m.toAddress}>` : ''}
                  </Table.Cell>
                  <Table.Cell>{m.subject ?? t('mail.history.erased')}</Table.Cell>
                  <Table.Cell>
                    {t(`mail.status.${m.status}`)}
                    {m.error ? ` — ${m.error}` : ''}
                  </Table.Cell>
                  <Table.Cell>
                    <Button data-size="sm" variant="tertiary" disabled={busy || !m.toAddress} onClick={() => onRetry([m.id])} aria-label={t('mail.outbox.retryOne', { name: m.toName ?? '' })}>
                      {m.status === 'failed' ? t('mail.outbox.retry') : t('mail.outbox.sendAgain')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </section>
  );
}
