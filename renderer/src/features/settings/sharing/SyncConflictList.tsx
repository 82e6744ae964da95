import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { call } from '../../../api/client.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import { formatDateTime } from './format-date-time.ts';

type Conflict = ApiOutput<'sync.status'>['conflicts'][number];

/** The conflicts the rules decided at a pull, for a coordinator to check; "Merk som gjennomgått" takes them off the list. */
export function SyncConflictList({ conflicts, onReviewed }: { conflicts: Conflict[]; onReviewed: () => void }) {
  const { t } = useTranslation();
  const action = useAction();

  async function review(ids: number[]) {
    await action.run(async () => {
      const { reviewed } = await call('sync.review', { ids });
      onReviewed();
      return t('settings.sharing.conflicts.reviewed', { count: reviewed });
    });
  }

  return (
    <div className="stack" data-testid="sync-conflicts">
      <Heading level={3} data-size="2xs">
        {t('settings.sharing.conflicts.title')}
      </Heading>
      {conflicts.length === 0 ? (
        <Paragraph data-size="sm">{t('settings.sharing.conflicts.none')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('settings.sharing.conflicts.intro')}</Paragraph>
          <ul className="stack">
            {conflicts.map((c) => (
              <li key={c.id} data-testid="sync-conflict">
                <Paragraph data-size="sm">
                  {t(`settings.sharing.conflicts.kinds.${c.kind}`, { defaultValue: c.kind })}
                  {c.about ? ` (${c.about})` : ''}
                  {': '}
                  {t('settings.sharing.conflicts.where', {
                    table: t(`settings.sharing.conflicts.tables.${c.table}`, { defaultValue: c.table }),
                    column: c.column === null ? '—' : t(`settings.sharing.conflicts.columns.${c.column}`, { defaultValue: c.column }),
                    kept: t(`settings.sharing.conflicts.kept.${c.kept}`, { defaultValue: c.kept }),
                    at: formatDateTime(c.at),
                  })}
                </Paragraph>
                <Button variant="tertiary" data-size="sm" disabled={action.busy} onClick={() => void review([c.id])}>
                  {t('settings.sharing.conflicts.review')}
                </Button>
              </li>
            ))}
          </ul>
          {conflicts.length > 1 && (
            <div className="button-row">
              <Button variant="secondary" disabled={action.busy} onClick={() => void review(conflicts.map((c) => c.id))}>
                {t('settings.sharing.conflicts.reviewAll')}
              </Button>
            </div>
          )}
        </>
      )}
      <StatusMessage error={action.error} done={action.done} />
    </div>
  );
}
