import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { isoToDisplayTime } from '../../components/grid/format.ts';


type Entry = { at: string; staffName?: string | null; action: string; entity?: string; fields?: string[] | null };

/** Endringslogg: who changed what, when (field names only; the log holds no values). */
export function AuditTrail({ personId, version }: { personId: string; version: number }) {
  const { t } = useTranslation();
  const { data: entries, error } = useApi(
    () => call('audit.forPerson', { personId }).then((value) => value as Entry[]),
    // `version` is the panel's edit count: after an edit the log is asked again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [personId, version],
  );

  if (error) return <ErrorAlert error={error} />;
  if (!entries) return <p className="muted">{t('app.loading')}</p>;
  if (entries.length === 0) return <p className="muted">{t('person.audit.none')}</p>;
  return (
    <Table data-size="sm" zebra data-testid="audit">
      <caption className="sr-only">{t('person.tabs.audit')}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('person.audit.at')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.audit.who')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.audit.action')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.audit.fields')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {entries.map((entry, index) => (
          <Table.Row key={`${entry.at}-${index}`}>
            <Table.Cell>{isoToDisplayTime(entry.at)}</Table.Cell>
            <Table.Cell>{entry.staffName ?? t('person.audit.unknownStaff')}</Table.Cell>
            <Table.Cell>{t(`person.audit.actions.${entry.action}`, { defaultValue: entry.action })}</Table.Cell>
            <Table.Cell>{(entry.fields ?? []).map((field) => t(`person.fields.${field}`, { defaultValue: field })).join(', ')}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
