import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../components/grid/format.ts';
import { useCohorts } from '../people/use-reference.ts';
import type { GrantSummary } from './api.ts';
import { GrantDeadlines } from './GrantDeadlines.tsx';
import { GrantForm } from './GrantForm.tsx';
import { useKr } from './use-format.ts';

type Props = {
  grants: GrantSummary[] | null;
  countyFunderName: string;
  /** A grant was created, changed or removed: the page reloads its list. */
  onChanged: () => void;
};

/** Tilskudd: every grant with funder, scheme, case number, amount, period and next deadline; create, edit, remove. */
export function GrantsSection({ grants, countyFunderName, onChanged }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const cohorts = useCohorts();
  const kr = useKr();
  /** 'new', a grant id being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const current = editing && editing !== 'new' ? (grants?.find((grant) => grant.id === editing) ?? null) : null;

  async function remove(grantId: string) {
    setError(null);
    try {
      await call('grants.remove', { grantId });
      setConfirmRemove(null);
      if (editing === grantId) setEditing(null);
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  }

  const cohortNames = (ids: string[]) =>
    ids
      .map((id) => cohorts.find((cohort) => cohort.id === id)?.name)
      .filter(Boolean)
      .join(', ');

  return (
    <section className="stack" aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {t('reports.grants.title')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.grants.intro')}</Paragraph>
      <ErrorAlert error={error} />
      {grants && grants.length === 0 && <Paragraph className="muted">{t('reports.grants.none')}</Paragraph>}
      {grants && grants.length > 0 && (
        <Table data-size="sm" zebra data-testid="grants-table" className="reports-table">
          <caption className="sr-only">{t('reports.grants.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('reports.grants.funderName')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.grants.scheme')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.grants.caseNumber')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('reports.grants.amount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.grants.period')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.grants.cohorts')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.grants.nextDeadline')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">{t('reports.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {grants.map((grant) => {
              const next = grant.deadlines.filter((deadline) => !deadline.doneOn).sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))[0];
              return (
                <Table.Row key={grant.id}>
                  <Table.Cell>
                    {grant.funderName}
                    {t(`reports.funders.${grant.funder}`) !== grant.funderName && <span className="muted"> · {t(`reports.funders.${grant.funder}`)}</span>}
                  </Table.Cell>
                  <Table.Cell>{grant.scheme ?? ''}</Table.Cell>
                  <Table.Cell>{grant.caseNumber ?? ''}</Table.Cell>
                  <Table.Cell className="numeric">{grant.amount === null ? '' : kr(grant.amount)}</Table.Cell>
                  <Table.Cell>
                    {isoToDisplay(grant.periodStart)}–{isoToDisplay(grant.periodEnd)}
                  </Table.Cell>
                  <Table.Cell>{cohortNames(grant.cohortIds)}</Table.Cell>
                  <Table.Cell>{next ? `${isoToDisplay(next.dueOn)} (${t(`reports.deadlineKinds.${next.kind}`, { defaultValue: next.kind })})` : ''}</Table.Cell>
                  <Table.Cell>
                    <div className="button-row button-row--tight">
                      <Button data-size="sm" variant="secondary" onClick={() => setEditing(grant.id)} aria-label={t('reports.grants.editFor', { name: grant.funderName, period: `${isoToDisplay(grant.periodStart)}–${isoToDisplay(grant.periodEnd)}` })}>
                        {t('reports.grants.edit')}
                      </Button>
                      {confirmRemove === grant.id ? (
                        <>
                          <Button data-size="sm" data-color="danger" onClick={() => void remove(grant.id)}>
                            {t('reports.grants.confirmRemove')}
                          </Button>
                          <Button data-size="sm" variant="tertiary" onClick={() => setConfirmRemove(null)}>
                            {t('common.cancel')}
                          </Button>
                        </>
                      ) : (
                        <Button data-size="sm" variant="tertiary" onClick={() => setConfirmRemove(grant.id)} aria-label={t('reports.grants.removeFor', { name: grant.funderName })}>
                          {t('reports.grants.remove')}
                        </Button>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      {editing === null && (
        <div className="button-row">
          <Button onClick={() => setEditing('new')}>{t('reports.grants.new')}</Button>
        </div>
      )}
      {editing === 'new' && (
        <GrantForm
          key="new"
          grant={null}
          cohorts={cohorts}
          countyFunderName={countyFunderName}
          onSaved={(saved) => {
            setEditing(saved.id);
            onChanged();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {current && (
        <div className="reports-edit">
          <GrantForm key={current.id} grant={current} cohorts={cohorts} countyFunderName={countyFunderName} onSaved={() => onChanged()} onCancel={() => setEditing(null)} />
          <GrantDeadlines
            grant={current}
            onChanged={() => onChanged()}
          />
        </div>
      )}
    </section>
  );
}
